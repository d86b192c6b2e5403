import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { bracketPairMismatch } from "../../../src/core/rules/typo/bracket-pair-mismatch";
import { docxDocument, editedSeed, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";

describe("typo/bracket-pair-mismatch", () => {
  it("004: “(六）” on line 29, the pair's characters", () => {
    const findings = runRule(bracketPairMismatch, seedText(SEED_004));
    expect(findings.map(summary)).toEqual([
      { rule: "typo/bracket-pair-mismatch", line: 29, column: 1, message: "“(六）教育培训”括号全半角不一致，应写作“（六）”。" },
    ]);
    expect(findings[0].location).toEqual({ kind: "text", line: 29, column: 1, endLine: 29, endColumn: 4 });
  });

  it("004 with “（六）” written in one width has none", () => {
    expect(runRule(bracketPairMismatch, editedSeed(SEED_004, 29, (line) => line.replace("(六）", "（六）")))).toEqual([]);
  });

  it.each(SEED_IDS.filter((id) => id !== SEED_004))("seed %s has none", (seed) => {
    expect(runRule(bracketPairMismatch, seedText(seed))).toEqual([]);
  });

  it("a pair inside a sentence, and the other way round", () => {
    const text = report({ 1: ["依据《条例》（以下简称《条例》)第五十条规定。", "办理结果(含补正）均已答复。"] });
    expect(runRule(bracketPairMismatch, text).map(summary)).toEqual([
      { rule: "typo/bracket-pair-mismatch", line: 3, column: 7, message: "“（以下简称《条例》)第五十条”括号全半角不一致，应写作“（以下简称《条例》）”。" },
      { rule: "typo/bracket-pair-mismatch", line: 4, column: 5, message: "“办理结果(含补正）均已答复”括号全半角不一致，应写作“（含补正）”。" },
    ]);
  });

  it("a table cell, at the cell's characters", () => {
    const text = report({ 2: ["第二十条第（一)项\t\t\t", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"] });
    const [finding] = runRule(bracketPairMismatch, text);
    expect(finding.message).toBe("“二十条第（一)项”括号全半角不一致，应写作“（一）”。");
    expect(finding.location).toEqual({ kind: "text", line: 5, column: 6, endLine: 5, endColumn: 9 });
  });

  it("DOCX: the block and the pair's offsets", () => {
    const [finding] = runRule(bracketPairMismatch, { document: docxDocument(["一、总体情况", "(六）教育培训"]) });
    expect(finding.location).toEqual({ kind: "docx", block: 1, start: 0, end: 3 });
  });

  it("pairs of one width, nested or not, stay", () => {
    const text = report({ 1: ["（一）按照（以下简称(条例)）办理。", "(1)按期答复。", "规范性文件（含（二）类）已公开。"] });
    expect(runRule(bracketPairMismatch, text)).toEqual([]);
  });
});
