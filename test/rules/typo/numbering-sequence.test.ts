import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { leadingMarker } from "../../../src/core/rules/lib/numbering";
import { numberingSequence } from "../../../src/core/rules/typo/numbering-sequence";
import { docxDocument, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "typo/numbering-sequence";

describe("typo/numbering-sequence", () => {
  it.each(SEED_IDS)("seed %s has none (004: “1. 2.” restart under （一）（二）, “(六）” follows （五）; 003: each paragraph's 一是…三是)", (seed) => {
    expect(runRule(numberingSequence, seedText(seed))).toEqual([]);
  });

  it("a skipped number, at the marker", () => {
    const findings = runRule(numberingSequence, report({ 1: ["（一）组织领导", "正文。", "（二）主动公开", "正文。", "（四）政府信息管理", "正文。"] }));
    expect(findings.map(summary)).toEqual([{ rule: RULE, line: 7, column: 1, message: "列举序号“（三）”缺失：“（二）”之后为“（四）”。" }]);
    expect(findings[0].location).toEqual({ kind: "text", line: 7, column: 1, endLine: 7, endColumn: 4 });
    expect(findings[0].expected).toBe("（三）");
  });

  it("a repeated number and a number going back", () => {
    const text = report({ 5: ["1.宣传力度不够。", "2.监管考核力度不够。", "2.培训不足。", "（一）存在的不足", "（二）改进措施", "（三）下一步", "（二）其他"] });
    expect(runRule(numberingSequence, text).map(summary)).toEqual([
      { rule: RULE, line: 13, column: 1, message: "列举序号“2.”重复：前一项也是“2.”。" },
      { rule: RULE, line: 17, column: 1, message: "列举序号顺序颠倒：“（三）”之后为“（二）”。" },
    ]);
  });

  it("run-in 一是、二是 inside a paragraph, at the skipped marker", () => {
    const [finding] = runRule(numberingSequence, report({ 5: ["主要有：一是宣传不够；二是考核不严；四是培训不足。"] }));
    expect(summary(finding)).toEqual({ rule: RULE, line: 11, column: 19, message: "列举序号“三是”缺失：“二是”之后为“四是”。" });
  });

  it("several skipped numbers are all named", () => {
    const [finding] = runRule(numberingSequence, report({ 1: ["1.组织领导", "4.平台建设"] }));
    expect(finding.message).toBe("列举序号“2.”“3.”缺失：“1.”之后为“4.”。");
  });

  it("lists restart under a new heading, a new section, and at 1; brackets of either width are one style", () => {
    const text = report({
      1: ["（一）组织领导", "1.健全机制。", "2.明确责任。", "（二）主动公开", "1.公开目录。", "(三）依申请公开", "一是规范受理。二是按期答复。", "统一是前提，一是一、二是二。"],
      5: ["（一）存在的不足", "一是宣传不够。", "一是强化意识。二是健全机制。"],
    });
    expect(runRule(numberingSequence, text)).toEqual([]);
  });

  it("DOCX: the block and the marker's offsets", () => {
    const [finding] = runRule(numberingSequence, { document: docxDocument(["一、总体情况", "（一）组织领导", "（三）主动公开"]) });
    expect(finding.location).toEqual({ kind: "docx", block: 2, start: 0, end: 3 });
  });

  it("reads Chinese numerals up to 九十九 in numbering (with the one Chinese-numeral reader, lib/figures.ts)", () => {
    const values = ["一", "九", "十", "十一", "二十", "二十三", "九十九", "三三", "", "百"].map((numeral) => leadingMarker(`${numeral}、总体情况`)?.value ?? null);
    expect(values).toEqual([1, 9, 10, 11, 20, 23, 99, null, null, null]);
  });
});
