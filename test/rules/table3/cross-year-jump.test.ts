import { expect } from "vitest";
import { seed } from "../../helpers/text-edits";
import { t4ValueLine, valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { table3CrossYearJump } from "../../../src/core/rules/table3/cross-year-jump";
import { testRule } from "../../helpers/rule-tester";

/** Seed 004 (2023): 本年新收 33 in all, 行政处罚 1044, 行政复议 total 2. */
const thisYear = seed("004");
const lastYearText = inYear(seed("004"), 2022);
const newTotal = (text: string) => valueLine(text, "一、本年新收政府信息公开申请数量", 6);
const lastYearWith = async (edits: [number, string][]) => [await earlierReport(withCells(lastYearText, edits))];

testRule(table3CrossYearJump, {
  valid: [
    {
      name: "a change within five times",
      text: thisYear,
      history: await lastYearWith([[newTotal(lastYearText), "7"], [valueLine(lastYearText, "行政处罚", 0), "5000"]]),
    },
    {
      name: "a difference under 10",
      text: withCells(thisYear, [[newTotal(thisYear), "3"], [valueLine(thisYear, "行政强制", 0), "9"]]),
      history: await lastYearWith([[newTotal(lastYearText), "0"]]),
    },
    { name: "the same figures", text: thisYear, history: [await earlierReport(lastYearText)] },
    { name: "no earlier report", text: thisYear, history: [] },
  ],
  invalid: [
    {
      name: "a figure more than five times last year's, at this year's cell",
      text: thisYear,
      history: await lastYearWith([[newTotal(lastYearText), "6"]]),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "表三“一、本年新收政府信息公开申请数量—总计”2023年为33，2022年报告为6，增幅较大（超过上年的5倍），请核实数据。",
          location: expect.objectContaining({ line: newTotal(thisYear), template: { table: "t3", row: "new", column: "total" } }),
        },
      ],
    },
    {
      name: "a figure below a fifth of last year's, in 表二 and 表四 too",
      text: thisYear,
      history: await lastYearWith([[valueLine(lastYearText, "行政处罚", 0), "6000"], [t4ValueLine(lastYearText, 4), "40"]]),
      findings: [
        { severity: "info", message: "表二“行政处罚—本年处理决定数量”2023年为1044，2022年报告为6000，降幅较大（不足上年的五分之一），请核实数据。" },
        { severity: "info", message: "表四“行政复议—总计”2023年为2，2022年报告为40，降幅较大（不足上年的五分之一），请核实数据。" },
      ],
    },
  ],
});
