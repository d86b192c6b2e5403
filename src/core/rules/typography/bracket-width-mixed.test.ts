import { describe, expect, it } from "vitest";
import { SEED_IDS } from "../../../../test/helpers/seeds";
import { bracketWidthMixed } from "./bracket-width-mixed";
import { docxDocument, documentFindings, report, seedFindings, summary, textFindings } from "./testing";

const RULE = "typo/bracket-width-mixed";

describe("typo/bracket-width-mixed", () => {
  it.each(SEED_IDS)("seed %s: at most one finding", (seed) => {
    expect(seedFindings(bracketWidthMixed, seed)).toHaveLength(1);
  });

  it("000: half-width on line 4, full-width on line 10; the finding points at the half-width one", () => {
    const [finding] = seedFindings(bracketWidthMixed, "000_5a9a8d2bc98e1d44");
    expect(summary(finding)).toEqual({
      rule: RULE,
      line: 4,
      column: 20,
      message: "文中括号全角、半角混用：半角如“(以下简称《”（第4行），全角如“（一）加强组”（第10行），建议统一使用全角括号。",
    });
  });

  it("003: half-width on line 9, full-width in the table on line 21", () => {
    const [finding] = seedFindings(bracketWidthMixed, "003_f34c183db723c9dd");
    expect(finding.message).toBe("文中括号全角、半角混用：半角如“(一) 主动”（第9行），全角如“（一）项”（第21行），建议统一使用全角括号。");
    expect(finding.location).toEqual({ line: 9, column: 1, endLine: 9, endColumn: 2 });
  });

  it("one width throughout, either one, has none", () => {
    expect(textFindings(bracketWidthMixed, report({ 1: ["（一）组织领导", "依据《条例》（以下简称《条例》）。"] }))).toEqual([]);
    expect(textFindings(bracketWidthMixed, report({ 1: ["(一)组织领导", "依据《条例》(以下简称《条例》)。"] }))).toEqual([]);
  });

  it("DOCX: the message quotes both, without line numbers", () => {
    const findings = documentFindings(bracketWidthMixed, docxDocument(["（一）组织领导", "依据《条例》(以下简称《条例》)。"]));
    expect(findings.map((finding) => [finding.message, finding.location])).toEqual([
      ["文中括号全角、半角混用：半角如“(以下简称《”，全角如“（一）组织领”，建议统一使用全角括号。", { block: 1, start: 6, end: 7 }],
    ]);
  });
});
