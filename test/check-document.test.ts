import { describe, expect, it } from "vitest";
import { seedText } from "./helpers/seeds";
import { checkDocument, checkText } from "../src/core/check";

describe("checkDocument: a document already read, checked again without its file", () => {
  it("says so when the saved document is not a report", () => {
    const result = checkDocument({ name: "note.txt", document: { format: "txt", blocks: [{ type: "paragraph", text: "会议通知", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 1 } }] } });
    expect(result.error?.code).toBe("not-a-report");
  });
  // Saved results checked again equal the first check: src/storage/recheck.test.ts.
});

describe("the agency's kind the user confirmed", () => {
  it("replaces the kind read from the name, for the rules that depend on it", async () => {
    const text = seedText("004_7be0dca35fed79ae");
    const read = await checkText("004.txt", text);
    expect(read.report?.agencyKind).toBe("township");
    expect(read.findings?.some((finding) => finding.rule === "section1/govt-assessment")).toBe(true);
    const confirmed = await checkText("004.txt", text, { agencyKind: "department" });
    expect(confirmed.report?.agencyKind).toBe("department");
    expect(confirmed.findings?.some((finding) => finding.rule === "section1/govt-assessment")).toBe(false);
  });
});
