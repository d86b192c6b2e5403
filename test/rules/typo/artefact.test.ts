import { seedText, seedCases } from "../../helpers/seeds";
import { artefact } from "../../../src/core/rules/typo/artefact";
import { docxDocument, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_001 = "001_2a4087b0dbaec631";

testRule(artefact, {
  valid: [
    ...seedCases(SEED_001),
    {
      name: "ordinary words that look like marks",
      text: report({ 1: ["在此处设立便民服务窗口，点击此处链接可查看全文。", "变量名如 my_GoBackup 不是书签。", "所附[表一]为统计表。"] }),
    },
  ],
  invalid: [
    {
      name: "001: the converter's “[bookmark: _GoBack]” at the start of line 5",
      text: seedText(SEED_001),
      findings: [{ severity: "warning", location: { line: 5, column: 1, endColumn: 20 }, message: "存在残留标记“[bookmark: _GoBack]”，请删除。" }],
    },
    {
      name: "field codes, their error texts and template prompts",
      text: report({
        1: ["详见第{ PAGE \\* MERGEFORMAT }页。", "按照错误！未找到引用源。的要求办理。", "单击此处输入文字。", "正文[comment: 请核实数据]结束。"],
      }),
      findings: [
        { severity: "warning", location: { line: 3, column: 4 }, message: "存在残留标记“{ PAGE \\* MERGEFORMAT }”，请删除。" },
        { severity: "warning", location: { line: 4, column: 3 }, message: "存在残留标记“错误！未找到引用源。”，请删除。" },
        { severity: "warning", location: { line: 5, column: 1 }, message: "存在残留标记“单击此处输入文字”，请删除。" },
        { severity: "warning", location: { line: 6, column: 3 }, message: "存在残留标记“[comment: 请核实数据]”，请删除。" },
      ],
    },
    {
      name: "a zero-width character, named by its code point",
      text: report({ 1: ["全年主动公开政府\u200b信息120条。"] }),
      findings: [{ severity: "warning", location: { line: 3, column: 9 }, message: "“公开政府信息120”中夹有看不见的零宽字符（U+200B），请删除。" }],
    },
    {
      name: "DOCX: a bookmark is part of the file, not of the text; a field's error text is",
      document: docxDocument(["[bookmark: _GoBack]（一）切实加强组织领导工作。", "按照错误！未找到引用源。的要求办理。"]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "存在残留标记“错误！未找到引用源。”，请删除。",
          actual: "错误！未找到引用源。",
          location: { kind: "docx", block: 1, start: 2, end: 12 },
        },
      ],
    },
  ],
});
