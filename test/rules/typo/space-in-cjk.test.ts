import type { ExtractedDocument } from "../../../src/core/model/document";
import type { Box } from "../../../src/core/model/location";
import { seedText, seedCases } from "../../helpers/seeds";
import { spaceInCjk } from "../../../src/core/rules/typo/space-in-cjk";
import { docxDocument, editedSeed, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";

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

testRule(spaceInCjk, {
  valid: [
    // Table cells such as “结果 维持” do not count.
    ...seedCases(SEED_004),
    { name: "004 without the spaces", text: editedSeed(SEED_004, 19, (line) => line.replace("京兴政  务", "京兴政务")) },
    {
      name: "indents, headings spread out with spaces, the title and spaces next to digits",
      text: report({ 1: ["　　全年主动公开政府信息120条。", "目  录", "一、总 体 情 况", "全年 120 条。"] }).replace(
        /^.*$/m,
        "北京市某某区城市管理委员会2023年　政府信息公开工作年度报告",
      ),
    },
    { name: "PDF: a gap no wider than a character", document: pdfWithGap(10) },
    {
      name: "PDF: a space inside one text item cannot be measured and is left alone",
      document: {
        format: "pdf",
        blocks: [
          {
            type: "paragraph",
            text: "京兴政 务公开办发",
            location: { kind: "pdf", page: 1, box: [100, 700, 208, 712] },
            spans: [{ start: 0, end: 9, location: { kind: "pdf", page: 1, box: [100, 700, 208, 712] } }],
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "004: “京兴政  务公开办发” on line 19, at the two spaces",
      text: seedText(SEED_004),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "“京兴政  务公开办”中有多余空格，应写作“京兴政务公开办”。",
          location: { kind: "text", line: 19, column: 85, endLine: 19, endColumn: 87 },
        },
      ],
    },
    {
      name: "a full-width space inside a word",
      text: report({ 1: ["全年主动公开政府　信息120条。"] }),
      findings: [{ severity: "warning", location: { line: 3, column: 9 }, message: "“公开政府　信息120”中有多余空格，应写作“公开政府信息120”。" }],
    },
    {
      name: "DOCX: the block and the spaces' offsets",
      document: docxDocument(["一、总体情况", "京兴政  务公开办发"]),
      exact: true,
      findings: [
        { severity: "warning", message: "“京兴政  务公开办”中有多余空格，应写作“京兴政务公开办”。", location: { kind: "docx", block: 1, start: 3, end: 5 } },
      ],
    },
    {
      name: "PDF: a gap wider than a character, at the glyphs on either side",
      document: pdfWithGap(20),
      findings: [
        {
          severity: "warning",
          message: "“京兴政 务公开办”中有多余空格，应写作“京兴政务公开办”。",
          location: {
            boxes: [
              { page: 1, box: [100, 700, 136, 712] },
              { page: 1, box: [156, 700, 216, 712] },
            ],
          },
        },
      ],
    },
  ],
});
