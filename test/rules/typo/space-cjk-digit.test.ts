import type { ExtractedDocument } from "../../../src/core/model/document";
import { seedText, seedCases } from "../../helpers/seeds";
import { spaceCjkDigit } from "../../../src/core/rules/typo/space-cjk-digit";
import { docxDocument, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_003 = "003_f34c183db723c9dd";
const PDF: ExtractedDocument = {
  format: "pdf",
  blocks: [{ type: "paragraph", text: "2023 年，发布信息 98 条。", location: { kind: "pdf", page: 1, box: [72, 700, 300, 712] } }],
};

testRule(spaceCjkDigit, {
  valid: [
    ...seedCases(SEED_003),
    {
      name: "numbering, numbers next to punctuation or Latin text, and table cells",
      text: report({ 1: ["1. 加强学习。", "共3、5项，按GB/T 9704执行。", "全年（2023）完成。"], 2: ["行政许可\t 35\t\t"] }),
    },
    { name: "PDF: never, extraction puts spaces there", document: PDF },
  ],
  invalid: [
    {
      name: "003: lines 3, 7, 9, 11, 15 and 17, one finding per number",
      text: seedText(SEED_003),
      findings: [
        {
          severity: "info",
          location: { kind: "text", line: 3, column: 15, endLine: 3, endColumn: 21 },
          message: "“理局 2023 年政”中有多余空格，应写作“理局2023年政”。",
        },
        { severity: "info", location: { line: 7, column: 1 }, message: "“2023 年”中有多余空格，应写作“2023年”。" },
        { severity: "info", location: { line: 9, column: 26 }, message: "“信息 98 条”中有多余空格，应写作“信息98条”。" },
        { severity: "info", location: { line: 9, column: 46 }, message: "“发布 192 条”中有多余空格，应写作“发布192条”。" },
        { severity: "info", location: { line: 11, column: 13 }, message: "“2023 年未”中有多余空格，应写作“2023年未”。" },
        { severity: "info", location: { line: 15, column: 66 }, message: "“2023 年审”中有多余空格，应写作“2023年审”。" },
        { severity: "info", location: { line: 17, column: 185 }, message: "“人员 1 人”中有多余空格，应写作“人员1人”。" },
      ],
    },
    {
      name: "full-width spaces and decimals too",
      text: report({ 1: ["收费　0.5万元。"] }),
      findings: [{ severity: "info", location: { line: 3, column: 3 }, message: "“收费　0.5万元”中有多余空格，应写作“收费0.5万元”。" }],
    },
    {
      name: "DOCX: the block and the spaces with the number",
      document: docxDocument(["一、总体情况", "发布信息 98 条。"]),
      exact: true,
      findings: [{ severity: "info", message: "“信息 98 条”中有多余空格，应写作“信息98条”。", location: { kind: "docx", block: 1, start: 4, end: 8 } }],
    },
    {
      name: "the PDF's text as a Word document's: both",
      document: { ...PDF, format: "docx" },
      findings: [{ severity: "info" }, { severity: "info" }],
    },
  ],
});
