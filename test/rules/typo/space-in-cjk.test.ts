import { describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../../src/core/model/document";
import type { Box } from "../../../src/core/model/location";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { spaceInCjk } from "../../../src/core/rules/typo/space-in-cjk";
import { docxDocument, editedSeed, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";
const RULE = "typo/space-in-cjk";

/** A PDF page as the PDF extractor gives it: "京兴政" and "务公开办发" as two text items, 12 units a character, `gap` apart. */
function pdfWithGap(gap: number): ExtractedDocument {
  const left: Box = [100, 700, 136, 712];
  const right: Box = [136 + gap, 700, 136 + gap + 60, 712];
  return {
    format: "pdf",
    blocks: [
      {
        type: "paragraph",
        text: "京兴政 务公开办发",
        location: { kind: "pdf", page: 1, box: [100, 700, right[2], 712] },
        spans: [
          { start: 0, end: 3, location: { kind: "pdf", page: 1, box: left } },
          { start: 4, end: 9, location: { kind: "pdf", page: 1, box: right } },
        ],
      },
    ],
    pageCount: 1,
  };
}

describe("typo/space-in-cjk", () => {
  it("004: “京兴政  务公开办发” on line 19, at the two spaces", () => {
    const findings = runRule(spaceInCjk, seedText(SEED_004));
    expect(findings.map(summary)).toEqual([{ rule: RULE, line: 19, column: 85, message: "“京兴政  务公开办”中有多余空格，应写作“京兴政务公开办”。" }]);
    expect(findings[0].location).toEqual({ kind: "text", line: 19, column: 85, endLine: 19, endColumn: 87 });
  });

  it("004 without the spaces has none", () => {
    expect(runRule(spaceInCjk, editedSeed(SEED_004, 19, (line) => line.replace("京兴政  务", "京兴政务")))).toEqual([]);
  });

  it.each(SEED_IDS.filter((id) => id !== SEED_004))("seed %s has none (table cells such as “结果 维持” do not count)", (seed) => {
    expect(runRule(spaceInCjk, seedText(seed))).toEqual([]);
  });

  it("a full-width space inside a word", () => {
    expect(runRule(spaceInCjk, report({ 1: ["全年主动公开政府　信息120条。"] })).map(summary)).toEqual([
      { rule: RULE, line: 3, column: 9, message: "“公开政府　信息120”中有多余空格，应写作“公开政府信息120”。" },
    ]);
  });

  it("indents, headings spread out with spaces, the title and spaces next to digits stay", () => {
    const text = report({ 1: ["　　全年主动公开政府信息120条。", "目  录", "一、总 体 情 况", "全年 120 条。"] }).replace(
      /^.*$/m,
      "北京市某某区城市管理委员会2023年　政府信息公开工作年度报告",
    );
    expect(runRule(spaceInCjk, text)).toEqual([]);
  });

  it("DOCX: the block and the spaces' offsets", () => {
    const [finding] = runRule(spaceInCjk, { document: docxDocument(["一、总体情况", "京兴政  务公开办发"]) });
    expect(finding.location).toEqual({ kind: "docx", block: 1, start: 3, end: 5 });
  });

  it("PDF: only a gap wider than a character counts, and the place is the glyphs on either side", () => {
    const [finding, ...rest] = runRule(spaceInCjk, { document: pdfWithGap(20) });
    expect(rest).toEqual([]);
    expect(finding.message).toBe("“京兴政 务公开办”中有多余空格，应写作“京兴政务公开办”。");
    expect(finding.location.boxes).toEqual([
      { page: 1, box: [100, 700, 136, 712] },
      { page: 1, box: [156, 700, 216, 712] },
    ]);
    expect(runRule(spaceInCjk, { document: pdfWithGap(10) })).toEqual([]);
  });

  it("PDF: a space inside one text item cannot be measured and is left alone", () => {
    const document: ExtractedDocument = {
      format: "pdf",
      blocks: [{ type: "paragraph", text: "京兴政 务公开办发", location: { kind: "pdf", page: 1, box: [100, 700, 208, 712] }, spans: [{ start: 0, end: 9, location: { kind: "pdf", page: 1, box: [100, 700, 208, 712] } }] }],
    };
    expect(runRule(spaceInCjk, { document: document })).toEqual([]);
  });
});
