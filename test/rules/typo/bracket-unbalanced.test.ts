import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { bracketUnbalanced } from "../../../src/core/rules/typo/bracket-unbalanced";
import { docxDocument, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "typo/bracket-unbalanced";

describe("typo/bracket-unbalanced", () => {
  it.each(SEED_IDS)("seed %s has none", (seed) => {
    expect(runRule(bracketUnbalanced, seedText(seed))).toEqual([]);
  });

  it("a bracket, a quotation mark and a title mark without partner, each at the lone mark", () => {
    const text = report({
      1: ["依据《条例》（以下简称《条例》编制本报告。", "按照“公开为原则，不公开为例外的要求办理。", "根据《政府信息公开条例规定办理。", "本年度办理申请4件）。"],
    });
    const findings = runRule(bracketUnbalanced, text);
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 3, column: 7, message: "本段左括号1个、右括号0个，括号不配对：“（以下简称”处的“（”缺少对应的右括号。" },
      { rule: RULE, line: 4, column: 3, message: "本段左引号1个、右引号0个，引号不配对：“按照“公开为原则”处的““”缺少对应的右引号。" },
      { rule: RULE, line: 5, column: 3, message: "本段左书名号1个、右书名号0个，书名号不配对：“根据《政府信息公开条例”处的“《”缺少对应的右书名号。" },
      { rule: RULE, line: 6, column: 10, message: "本段左括号0个、右括号1个，括号不配对：“年度办理申请4件）”处的“）”缺少对应的左括号。" },
    ]);
    expect(findings[0].location).toEqual({ kind: "text", line: 3, column: 7, endLine: 3, endColumn: 8 });
  });

  it("list numbers closed by a bracket alone are not counted", () => {
    expect(runRule(bracketUnbalanced, report({ 5: ["1）加强学习；2)完善制度；三）强化考核。"] }))).toEqual([]);
  });

  it("a paragraph broken mid-sentence pairs its marks with the next one; a finished sentence does not", () => {
    const broken = report({ 5: ["严格执行信息发布“三", "（四）审”制度。"] });
    expect(runRule(bracketUnbalanced, broken)).toEqual([]);
    const finished = report({ 5: ["严格执行信息发布“三。", "（四）审”制度。"] });
    expect(runRule(bracketUnbalanced, finished).map((finding) => finding.location.line)).toEqual([11, 12]);
  });

  it("table cells are not checked", () => {
    const text = report({ 2: ["第二十条第（一项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"] });
    expect(runRule(bracketUnbalanced, text)).toEqual([]);
  });

  it("DOCX: the block and the lone mark's offset", () => {
    const [finding] = runRule(bracketUnbalanced, { document: docxDocument(["一、总体情况", "本年度办理申请4件（含补正。"]) });
    expect(finding.location).toEqual({ kind: "docx", block: 1, start: 9, end: 10 });
  });
});
