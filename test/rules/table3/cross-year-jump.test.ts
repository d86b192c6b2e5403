import { describe, expect, it } from "vitest";
import { seed } from "../../helpers/text-edits";
import { t4ValueLine, valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table3/cross-year-jump";
const NEW = "一、本年新收政府信息公开申请数量";

/** Seed 004 (2023): 本年新收 33 in all, 行政处罚 1044, 行政复议 total 2. */
const thisYear = seed("004");
const lastYearText = inYear(seed("004"), 2022);
const newTotal = (text: string) => valueLine(text, NEW, 6);

describe(RULE, () => {
  it("flags a figure more than five times last year's, at this year's cell", async () => {
    const history = [await earlierReport(withCells(lastYearText, [[newTotal(lastYearText), "6"]]))];
    expect(runRule(RULE, { text: thisYear, history: history })).toEqual([
      {
        rule: RULE,
        severity: "info",
        message: "表三“一、本年新收政府信息公开申请数量—总计”2023年为33，2022年报告为6，增幅较大（超过上年的5倍），请核实数据。",
        location: expect.objectContaining({ line: newTotal(thisYear), template: { table: "t3", row: "new", column: "total" } }),
      },
    ]);
  });

  it("flags a figure below a fifth of last year's, in 表二 and 表四 too", async () => {
    const edits: [number, string][] = [[valueLine(lastYearText, "行政处罚", 0), "6000"], [t4ValueLine(lastYearText, 4), "40"]];
    const findings = runRule(RULE, { text: thisYear, history: [await earlierReport(withCells(lastYearText, edits))] });
    expect(findings.map((finding) => finding.message)).toEqual([
      "表二“行政处罚—本年处理决定数量”2023年为1044，2022年报告为6000，降幅较大（不足上年的五分之一），请核实数据。",
      "表四“行政复议—总计”2023年为2，2022年报告为40，降幅较大（不足上年的五分之一），请核实数据。",
    ]);
  });

  it("does not flag a change within five times, or a difference under 10", async () => {
    const within = withCells(lastYearText, [[newTotal(lastYearText), "7"], [valueLine(lastYearText, "行政处罚", 0), "5000"]]);
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(within)] })).toEqual([]);
    const small = withCells(thisYear, [[newTotal(thisYear), "3"], [valueLine(thisYear, "行政强制", 0), "9"]]);
    const fromZero = withCells(lastYearText, [[newTotal(lastYearText), "0"]]);
    expect(runRule(RULE, { text: small, history: [await earlierReport(fromZero)] })).toEqual([]);
  });

  it("does not fire on the same figures or without last year's report", async () => {
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(lastYearText)] })).toEqual([]);
    expect(runRule(RULE, { text: thisYear, history: [] })).toEqual([]);
  });
});
