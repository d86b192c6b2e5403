import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realFile } from "./helpers/seeds";
import { nodeExtractors } from "../src/cli/extractors";
import { extractDoc } from "../src/core/extract/doc";
import { checkFile, checkText } from "../src/core/check";
import { contentHash } from "../src/core/hash";
import { CHECKER_VERSION, RULES_VERSION } from "../src/core/model/version";

const seed = readFileSync(new URL("../public/samples/004_7be0dca35fed79ae.txt", import.meta.url));
const now = () => new Date("2027-01-12T01:30:00Z");

describe("checkFile", () => {
  it("returns the contract shape for a readable report", async () => {
    const result = await checkFile({ name: "亦庄镇.txt", bytes: seed }, { now });
    expect(result).toMatchObject({
      file: "亦庄镇.txt",
      format: "txt",
      checker: { version: CHECKER_VERSION, rules: RULES_VERSION },
      checkedAt: "2027-01-12T09:30:00+08:00",
      error: null,
      report: { agency: "北京市大兴区亦庄镇人民政府", year: 2023, agencyKind: "township", formatVersion: "2021" },
    });
    expect(result.blocks?.length).toBeGreaterThan(20);
    expect(Array.isArray(result.findings)).toBe(true);
    for (const finding of result.findings!) expect(finding.location.line).toBeGreaterThan(0);
  });

  it.each([
    ["empty file", new Uint8Array(), "empty-file"],
    ["binary garbage", new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)), "unsupported-format"],
    ["a cut-off OLE2 header", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "damaged-doc"],
  ])("%s gets a Chinese error, not an exception", async (_name, bytes, code) => {
    const result = await checkFile({ name: "x.txt", bytes }, { now, extractors: { doc: extractDoc } });
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(result.findings).toBeUndefined();
  });

  it("readable text that is no annual report is not-a-report", async () => {
    const result = await checkText("note.txt", "会议纪要\n今天讨论了食堂菜单。\n下周再议。");
    expect(result.error?.code).toBe("not-a-report");
  });
});

describe("progress", () => {
  it("tells each stage, and each page of a PDF", async () => {
    const seen: string[] = [];
    await checkFile(
      { name: "hongze-2024.pdf", bytes: realFile("hongze-2024.pdf") },
      { extractors: nodeExtractors, onProgress: (p) => seen.push(p.total ? `${p.stage} ${p.done}/${p.total}` : p.stage) },
    );
    expect(seen).toEqual(["read", "read 1/5", "read 2/5", "read 3/5", "read 4/5", "read 5/5", "check"]);
  });
});

describe("contentHash", () => {
  it("is the SHA-256 of the bytes", async () => {
    expect(await contentHash(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
