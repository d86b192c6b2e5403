import { bracketWidthMixed } from "../../../src/core/rules/typo/bracket-width-mixed";
import { docxDocument, report } from "../../helpers/short-report";
import { seedText } from "../../helpers/seeds";
import { testRule } from "../../helpers/rule-tester";

testRule(bracketWidthMixed, {
  valid: [
    // The preamble's “(以下简称…)” and 004's “(六）” are reported by their own rules alone.
    ...(["000_5a9a8d2bc98e1d44", "001_2a4087b0dbaec631", "002_c4bd8f948bd08bc9", "004_7be0dca35fed79ae"] as const).map((seed) => ({
      name: `seed ${seed}`,
      text: seedText(seed),
    })),
    { name: "a half-width pair in Chinese prose is typo/halfwidth-punct-in-cjk's", text: report({ 1: ["依据《条例》(以下简称《条例》)。", "（一）组织领导"] }) },
    { name: "a pair of two widths is typo/bracket-pair-mismatch's", text: report({ 1: ["(六）教育培训", "（一）组织领导"] }) },
    { name: "full width throughout", text: report({ 1: ["（一）组织领导", "依据《条例》（以下简称《条例》）。"] }) },
    { name: "half width throughout", text: report({ 1: ["(一)组织领导", "依据《条例》(以下简称《条例》)。"] }) },
  ],
  invalid: [
    {
      name: "003: half-width on line 9, full-width in the table on line 21",
      text: seedText("003_f34c183db723c9dd"),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "文中括号全角、半角混用：半角如“(一) 主动”（第9行），全角如“（一）项”（第21行），建议统一使用全角括号。",
          location: { kind: "text", line: 9, column: 1, endLine: 9, endColumn: 2 },
        },
      ],
    },
    {
      name: "another half-width bracket beside the prose pair is quoted",
      text: report({ 1: ["依据《条例》(以下简称《条例》)。", "共计(1)件。", "（一）组织领导"] }),
      findings: [
        {
          severity: "info",
          location: { line: 4, column: 3 },
          message: "文中括号全角、半角混用：半角如“(1)件。”（第4行），全角如“（一）组织领”（第5行），建议统一使用全角括号。",
        },
      ],
    },
    {
      name: "DOCX: the message quotes both, each at its paragraph as the findings panel names it",
      document: docxDocument(["（一）组织领导", "共计(1)件。"]),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "文中括号全角、半角混用：半角如“(1)件。”（第2段），全角如“（一）组织领”（第1段），建议统一使用全角括号。",
          location: { kind: "docx", block: 1, start: 2, end: 3 },
        },
      ],
    },
  ],
});
