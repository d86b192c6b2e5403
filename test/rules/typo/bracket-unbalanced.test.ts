import { seedCases } from "../../helpers/seeds";
import { bracketUnbalanced } from "../../../src/core/rules/typo/bracket-unbalanced";
import { docxDocument, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

testRule(bracketUnbalanced, {
  valid: [
    ...seedCases(),
    { name: "list numbers closed by a bracket alone are not counted", text: report({ 5: ["1）加强学习；2)完善制度；三）强化考核。"] }) },
    { name: "a paragraph broken mid-sentence pairs its marks with the next one", text: report({ 5: ["严格执行信息发布“三", "（四）审”制度。"] }) },
    { name: "table cells are not checked", text: report({ 2: ["第二十条第（一项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"] }) },
  ],
  invalid: [
    {
      name: "a bracket, a quotation mark and a title mark without partner, each at the lone mark",
      text: report({
        1: ["依据《条例》（以下简称《条例》编制本报告。", "按照“公开为原则，不公开为例外的要求办理。", "根据《政府信息公开条例规定办理。", "本年度办理申请4件）。"],
      }),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "本段左括号1个、右括号0个，括号不配对：“（以下简称”处的“（”缺少对应的右括号。",
          expected: 1,
          actual: 0,
          location: { kind: "text", line: 3, column: 7, endLine: 3, endColumn: 8 },
        },
        {
          severity: "warning",
          message: "本段左引号1个、右引号0个，引号不配对：“按照“公开为原则”处的““”缺少对应的右引号。",
          expected: 1,
          actual: 0,
          location: { kind: "text", line: 4, column: 3, endLine: 4, endColumn: 4 },
        },
        {
          severity: "warning",
          message: "本段左书名号1个、右书名号0个，书名号不配对：“根据《政府信息公开条例”处的“《”缺少对应的右书名号。",
          expected: 1,
          actual: 0,
          location: { kind: "text", line: 5, column: 3, endLine: 5, endColumn: 4 },
        },
        {
          severity: "warning",
          message: "本段左括号0个、右括号1个，括号不配对：“年度办理申请4件）”处的“）”缺少对应的左括号。",
          expected: 0,
          actual: 1,
          location: { kind: "text", line: 6, column: 10, endLine: 6, endColumn: 11 },
        },
      ],
    },
    {
      name: "a finished sentence does not pair its marks with the next paragraph",
      text: report({ 5: ["严格执行信息发布“三。", "（四）审”制度。"] }),
      findings: [
        { severity: "warning", location: { line: 11 } },
        { severity: "warning", location: { line: 12 } },
      ],
    },
    {
      name: "DOCX: the block and the lone mark's offset",
      document: docxDocument(["一、总体情况", "本年度办理申请4件（含补正。"]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "本段左括号1个、右括号0个，括号不配对：“年度办理申请4件（含补正”处的“（”缺少对应的右括号。",
          expected: 1,
          actual: 0,
          location: { kind: "docx", block: 1, start: 9, end: 10 },
        },
      ],
    },
  ],
});
