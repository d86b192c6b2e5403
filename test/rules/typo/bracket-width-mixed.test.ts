import { describe, expect, it } from "vitest";
import { bracketWidthMixed } from "../../../src/core/rules/typo/bracket-width-mixed";
import { docxDocument, report, summary } from "../../helpers/short-report";
import { seedText } from "../../helpers/seeds";
import { runRule } from "../../helpers/rule-tester";

const RULE = "typo/bracket-width-mixed";

describe("typo/bracket-width-mixed", () => {
  it.each([
    ["000_5a9a8d2bc98e1d44", 0],
    ["001_2a4087b0dbaec631", 0],
    ["002_c4bd8f948bd08bc9", 0],
    ["003_f34c183db723c9dd", 1],
    ["004_7be0dca35fed79ae", 0],
  ] as const)("seed %s: %i finding(s); the preamble's “(以下简称…)” and 004's “(六）” are reported by their own rules alone", (seed, count) => {
    expect(runRule(bracketWidthMixed, seedText(seed))).toHaveLength(count);
  });

  it("a half-width pair in Chinese prose is left to typo/halfwidth-punct-in-cjk; another half-width bracket is quoted", () => {
    const text = report({ 1: ["依据《条例》(以下简称《条例》)。", "共计(1)件。", "（一）组织领导"] });
    expect(runRule(bracketWidthMixed, text).map(summary)).toEqual([
      { rule: RULE, line: 4, column: 3, message: "文中括号全角、半角混用：半角如“(1)件。”（第4行），全角如“（一）组织领”（第5行），建议统一使用全角括号。" },
    ]);
    expect(runRule(bracketWidthMixed, report({ 1: ["依据《条例》(以下简称《条例》)。", "（一）组织领导"] }))).toEqual([]);
    expect(runRule(bracketWidthMixed, report({ 1: ["(六）教育培训", "（一）组织领导"] }))).toEqual([]);
  });

  it("003: half-width on line 9, full-width in the table on line 21", () => {
    const [finding] = runRule(bracketWidthMixed, seedText("003_f34c183db723c9dd"));
    expect(finding.message).toBe("文中括号全角、半角混用：半角如“(一) 主动”（第9行），全角如“（一）项”（第21行），建议统一使用全角括号。");
    expect(finding.location).toEqual({ kind: "text", line: 9, column: 1, endLine: 9, endColumn: 2 });
  });

  it("one width throughout, either one, has none", () => {
    expect(runRule(bracketWidthMixed, report({ 1: ["（一）组织领导", "依据《条例》（以下简称《条例》）。"] }))).toEqual([]);
    expect(runRule(bracketWidthMixed, report({ 1: ["(一)组织领导", "依据《条例》(以下简称《条例》)。"] }))).toEqual([]);
  });

  it("DOCX: the message quotes both, each at its paragraph as the findings panel names it", () => {
    const findings = runRule(bracketWidthMixed, { document: docxDocument(["（一）组织领导", "共计(1)件。"]) });
    expect(findings.map((finding) => [finding.message, finding.location])).toEqual([
      ["文中括号全角、半角混用：半角如“(1)件。”（第2段），全角如“（一）组织领”（第1段），建议统一使用全角括号。", { kind: "docx", block: 1, start: 2, end: 3 }],
    ]);
  });
});
