import { describe, expect, it } from "vitest";
import { seedCases } from "../../helpers/seeds";
import { leadingMarker } from "../../../src/core/rules/lib/numbering";
import { numberingSequence } from "../../../src/core/rules/typo/numbering-sequence";
import { docxDocument, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

testRule(numberingSequence, {
  valid: [
    // 004: “1. 2.” restart under （一）（二）, “(六）” follows （五）; 003: each paragraph's 一是…三是.
    ...seedCases(),
    {
      name: "lists restart under a new heading, a new section, and at 1; brackets of either width are one style",
      text: report({
        1: ["（一）组织领导", "1.健全机制。", "2.明确责任。", "（二）主动公开", "1.公开目录。", "(三）依申请公开", "一是规范受理。二是按期答复。", "统一是前提，一是一、二是二。"],
        5: ["（一）存在的不足", "一是宣传不够。", "一是强化意识。二是健全机制。"],
      }),
    },
  ],
  invalid: [
    {
      name: "a skipped number, at the marker",
      text: report({ 1: ["（一）组织领导", "正文。", "（二）主动公开", "正文。", "（四）政府信息管理", "正文。"] }),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "列举序号“（三）”缺失：“（二）”之后为“（四）”。",
          expected: "（三）",
          actual: "（四）",
          location: { kind: "text", line: 7, column: 1, endLine: 7, endColumn: 4 },
        },
      ],
    },
    {
      name: "a repeated number and a number going back",
      text: report({ 5: ["1.宣传力度不够。", "2.监管考核力度不够。", "2.培训不足。", "（一）存在的不足", "（二）改进措施", "（三）下一步", "（二）其他"] }),
      findings: [
        { severity: "warning", location: { line: 13, column: 1 }, message: "列举序号“2.”重复：前一项也是“2.”。" },
        { severity: "warning", location: { line: 17, column: 1 }, message: "列举序号顺序颠倒：“（三）”之后为“（二）”。" },
      ],
    },
    {
      name: "run-in 一是、二是 inside a paragraph, at the skipped marker",
      text: report({ 5: ["主要有：一是宣传不够；二是考核不严；四是培训不足。"] }),
      findings: [{ severity: "warning", location: { line: 11, column: 19 }, message: "列举序号“三是”缺失：“二是”之后为“四是”。" }],
    },
    {
      name: "several skipped numbers are all named",
      text: report({ 1: ["1.组织领导", "4.平台建设"] }),
      findings: [{ severity: "warning", message: "列举序号“2.”“3.”缺失：“1.”之后为“4.”。" }],
    },
    {
      name: "DOCX: the block and the marker's offsets",
      document: docxDocument(["一、总体情况", "（一）组织领导", "（三）主动公开"]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "列举序号“（二）”缺失：“（一）”之后为“（三）”。",
          expected: "（二）",
          actual: "（三）",
          location: { kind: "docx", block: 2, start: 0, end: 3 },
        },
      ],
    },
  ],
});

describe("typo/numbering-sequence: numbering's Chinese numerals", () => {
  it("reads Chinese numerals up to 九十九 in numbering (with the one Chinese-numeral reader, lib/figures.ts)", () => {
    const values = ["一", "九", "十", "十一", "二十", "二十三", "九十九", "三三", "", "百"].map((numeral) => leadingMarker(`${numeral}、总体情况`)?.value ?? null);
    expect(values).toEqual([1, 9, 10, 11, 20, 23, 99, null, null, null]);
  });
});
