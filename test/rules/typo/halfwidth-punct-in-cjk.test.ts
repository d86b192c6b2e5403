import type { SeedId } from "../../helpers/seeds";
import { halfwidthPunctInCjk } from "../../../src/core/rules/typo/halfwidth-punct-in-cjk";
import { report } from "../../helpers/short-report";
import { seedText } from "../../helpers/seeds";
import { testRule } from "../../helpers/rule-tester";

const PREAMBLE_PAIR = "“(以下简称《政府信息公开条例》)”使用了半角括号，中文正文应使用全角括号“（以下简称《政府信息公开条例》）”。";

testRule(halfwidthPunctInCjk, {
  valid: [
    { name: "003: “(一) ” opening a paragraph is numbering, not prose", text: seedText("003_f34c183db723c9dd") },
    { name: "table cells are not prose", text: report({ 3: ["(本列数据的勾稽关系为：第一项加第二项之和)\t\t申请人情况"] }) },
  ],
  invalid: [
    ...(
      [
        ["000_5a9a8d2bc98e1d44", 4],
        ["001_2a4087b0dbaec631", 3],
        ["002_c4bd8f948bd08bc9", 5],
        ["004_7be0dca35fed79ae", 5],
      ] as [SeedId, number][]
    ).map(([seed, line]) => ({
      name: `seed ${seed}: the preamble's “(以下简称…)” on line ${line}, as one pair`,
      text: seedText(seed),
      exact: true,
      findings: [
        {
          severity: "info" as const,
          message: PREAMBLE_PAIR,
          expected: "（以下简称《政府信息公开条例》）",
          actual: "(以下简称《政府信息公开条例》)",
          location: { kind: "text", line, column: 20, endLine: line, endColumn: 36 },
        },
      ],
    })),
    {
      name: "a colon and a comma between Chinese characters",
      text: report({ 1: ["严格遵循:先审查、后公开。", "各科室,各部门均已落实。"] }),
      findings: [
        { severity: "info", location: { line: 3, column: 5 }, message: "“严格遵循:先审查”中的半角“:”应为全角“：”。" },
        { severity: "info", location: { line: 4, column: 4 }, message: "“各科室,各部门均”中的半角“,”应为全角“，”。" },
      ],
    },
    {
      name: "the same half-width mark in several paragraphs is one finding with every place",
      text: report({ 1: ["严格遵循:先审查、后公开。", "各科室,各部门均已落实。", "主要做法:一是公开。"] }),
      findings: [
        {
          severity: "info",
          location: { line: 3, column: 5 },
          message: "“严格遵循:先审查”等2处中的半角“:”应为全角“：”。",
          places: [
            { line: 3, column: 5 },
            { line: 5, column: 5 },
          ],
        },
        { severity: "info", location: { line: 4, column: 4 }, message: "“各科室,各部门均”中的半角“,”应为全角“，”。" },
      ],
    },
    {
      name: "half-width marks next to digits, Latin text or at a paragraph's start stay",
      text: report({ 1: ["(一)主动公开方面。", "编号为:A12，共计1,000条。", "共计(1)件，占比(%)不变。", "申请人(含法人)4件。"] }),
      findings: [{ severity: "info", location: { line: 6, column: 4 }, message: "“(含法人)”使用了半角括号，中文正文应使用全角括号“（含法人）”。" }],
    },
  ],
});
