import { seedText, seedCases } from "../../helpers/seeds";
import { bracketPairMismatch } from "../../../src/core/rules/typo/bracket-pair-mismatch";
import { docxDocument, editedSeed, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";
/** Seed 004's “(六）教育培训”, as a text line and as a Word paragraph. */
const SIX = { severity: "warning", message: "“(六）教育培训”括号全半角不一致，应写作“（六）”。", expected: "（六）", actual: "(六）" } as const;

testRule(bracketPairMismatch, {
  valid: [
    ...seedCases(SEED_004),
    { name: "004 with “（六）” written in one width", text: editedSeed(SEED_004, 29, (line) => line.replace("(六）", "（六）")) },
    { name: "pairs of one width, nested or not", text: report({ 1: ["（一）按照（以下简称(条例)）办理。", "(1)按期答复。", "规范性文件（含（二）类）已公开。"] }) },
  ],
  invalid: [
    {
      name: "004: “(六）” on line 29, the pair's characters",
      text: seedText(SEED_004),
      exact: true,
      findings: [{ ...SIX, location: { kind: "text", line: 29, column: 1, endLine: 29, endColumn: 4 } }],
    },
    {
      name: "a pair inside a sentence, and the other way round",
      text: report({ 1: ["依据《条例》（以下简称《条例》)第五十条规定。", "办理结果(含补正）均已答复。"] }),
      findings: [
        { severity: "warning", location: { line: 3, column: 7 }, message: "“（以下简称《条例》)第五十条”括号全半角不一致，应写作“（以下简称《条例》）”。" },
        { severity: "warning", location: { line: 4, column: 5 }, message: "“办理结果(含补正）均已答复”括号全半角不一致，应写作“（含补正）”。" },
      ],
    },
    {
      name: "a table cell, at the cell's characters",
      text: report({ 2: ["第二十条第（一)项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"] }),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "“二十条第（一)项”括号全半角不一致，应写作“（一）”。",
          expected: "（一）",
          actual: "（一)",
          location: { kind: "text", line: 5, column: 6, endLine: 5, endColumn: 9 },
        },
      ],
    },
    {
      name: "DOCX: the block and the pair's offsets",
      document: docxDocument(["一、总体情况", "(六）教育培训"]),
      exact: true,
      findings: [{ ...SIX, location: { kind: "docx", block: 1, start: 0, end: 3 } }],
    },
  ],
});
