import { describe, expect, it } from "vitest";
import type { SeedId } from "../../helpers/seeds";
import { halfwidthPunctInCjk } from "../../../src/core/rules/typo/halfwidth-punct-in-cjk";
import { report, summary } from "../../helpers/short-report";
import { seedText } from "../../helpers/seeds";
import { runRule } from "../../helpers/rule-tester";

const RULE = "typo/halfwidth-punct-in-cjk";
const PREAMBLE_PAIR = "“(以下简称《政府信息公开条例》)”使用了半角括号，中文正文应使用全角括号“（以下简称《政府信息公开条例》）”。";

describe("typo/halfwidth-punct-in-cjk", () => {
  it.each([
    ["000_5a9a8d2bc98e1d44", 4],
    ["001_2a4087b0dbaec631", 3],
    ["002_c4bd8f948bd08bc9", 5],
    ["004_7be0dca35fed79ae", 5],
  ] as [SeedId, number][])("seed %s: the preamble's “(以下简称…)” on line %i, as one pair", (seed, line) => {
    const findings = runRule(halfwidthPunctInCjk, seedText(seed));
    expect(findings.map(summary)).toEqual([{ rule: RULE, line, column: 20, message: PREAMBLE_PAIR }]);
    expect(findings[0].location).toEqual({ kind: "text", line, column: 20, endLine: line, endColumn: 36 });
  });

  it("003: “(一) ” opening a paragraph is numbering, not prose", () => {
    expect(runRule(halfwidthPunctInCjk, seedText("003_f34c183db723c9dd"))).toEqual([]);
  });

  it("a colon and a comma between Chinese characters", () => {
    const text = report({ 1: ["严格遵循:先审查、后公开。", "各科室,各部门均已落实。"] });
    expect(runRule(halfwidthPunctInCjk, text).map(summary)).toEqual([
      { rule: RULE, line: 3, column: 5, message: "“严格遵循:先审查”中的半角“:”应为全角“：”。" },
      { rule: RULE, line: 4, column: 4, message: "“各科室,各部门均”中的半角“,”应为全角“，”。" },
    ]);
  });

  it("the same half-width mark in several paragraphs is one finding with every place", () => {
    const text = report({ 1: ["严格遵循:先审查、后公开。", "各科室,各部门均已落实。", "主要做法:一是公开。"] });
    const findings = runRule(halfwidthPunctInCjk, text);
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 3, column: 5, message: "“严格遵循:先审查”等2处中的半角“:”应为全角“：”。" },
      { rule: RULE, line: 4, column: 4, message: "“各科室,各部门均”中的半角“,”应为全角“，”。" },
    ]);
    expect(findings[0].places!.map((place) => [place.line, place.column])).toEqual([
      [3, 5],
      [5, 5],
    ]);
  });

  it("half-width marks next to digits, Latin text or at a paragraph's start stay", () => {
    const text = report({
      1: ["(一)主动公开方面。", "编号为:A12，共计1,000条。", "共计(1)件，占比(%)不变。", "申请人(含法人)4件。"],
    });
    expect(runRule(halfwidthPunctInCjk, text).map(summary)).toEqual([
      { rule: RULE, line: 6, column: 4, message: "“(含法人)”使用了半角括号，中文正文应使用全角括号“（含法人）”。" },
    ]);
  });

  it("table cells are not prose", () => {
    const text = report({ 3: ["(本列数据的勾稽关系为：第一项加第二项之和)\t\t申请人情况"] });
    expect(runRule(halfwidthPunctInCjk, text)).toEqual([]);
  });
});
