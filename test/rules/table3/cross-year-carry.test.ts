import { expect } from "vitest";
import { seed } from "../../helpers/text-edits";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { table3CrossYearCarry } from "../../../src/core/rules/table3/cross-year-carry";
import { testRule } from "../../helpers/rule-tester";

const CARRIED_FORWARD = "四、结转下年度继续办理";

/** Seed 004 (2023): 上年结转 0 in every column; 结转下年度 1 (自然人 and 总计). */
const thisYear = seed("004");
/** Seed 004 as the 2022 report, its 结转下年度 set in the 自然人 and 总计 columns. */
function lastYear(carriedForward: string) {
  const text = inYear(seed("004"), 2022);
  const line = valueLine(text, CARRIED_FORWARD, 0);
  return withCells(text, [[line, carriedForward], [line + 6, carriedForward]]);
}
const carriedOver = valueLine(thisYear, "二、上年结转政府信息公开申请数量", 0);
// Two checks of last year: the latest is compared with.
const older = await earlierReport(lastYear("2"), "v1.txt", "2024-01-10T09:00:00+08:00");
const newer = await earlierReport(lastYear("0"), "v2.txt", "2024-01-15T09:00:00+08:00");
const fixedLater = await earlierReport(lastYear("2"), "v3.txt", "2024-01-20T09:00:00+08:00");
const bothColumns = [
  { severity: "warning" as const, expected: 2, actual: 0, location: { template: { column: "natural_person" } } },
  { severity: "warning" as const, expected: 2, actual: 0, location: { template: { column: "total" } } },
];

testRule(table3CrossYearCarry, {
  valid: [
    {
      name: "this year carries over what last year carried forward",
      text: withCells(thisYear, [[carriedOver, "1"], [carriedOver + 6, "1"]]),
      history: [await earlierReport(lastYear("1"))],
    },
    { name: "no earlier report", text: thisYear, history: [] },
    {
      name: "no report of last year: another year, the same year",
      text: thisYear,
      history: [await earlierReport(inYear(lastYear("2"), 2021)), await earlierReport(inYear(lastYear("2"), 2023))],
    },
    { name: "of two checks of last year, the latest agrees", text: thisYear, history: [newer, older] },
    { name: "a column whose cell last year held no number is not compared", text: thisYear, history: [await earlierReport(lastYear("/"))] },
  ],
  invalid: [
    {
      name: "per column where 上年结转 differs from last year's 结转下年度, naming both years and figures",
      text: thisYear,
      history: [await earlierReport(lastYear("2"))],
      exact: true,
      findings: [
        {
          severity: "warning",
          message:
            "2023年报告表三“二、上年结转政府信息公开申请数量—自然人”为0，但2022年报告表三“四、结转下年度继续办理—自然人”为2，两者应相等，请核实。",
          expected: 2,
          actual: 0,
          location: expect.objectContaining({ line: carriedOver, template: { table: "t3", row: "carried_over", column: "natural_person" } }),
        },
        {
          severity: "warning",
          message:
            "2023年报告表三“二、上年结转政府信息公开申请数量—总计”为0，但2022年报告表三“四、结转下年度继续办理—总计”为2，两者应相等，请核实。",
          expected: 2,
          actual: 0,
          location: expect.objectContaining({ line: carriedOver + 6, template: { table: "t3", row: "carried_over", column: "total" } }),
        },
      ],
    },
    { name: "of three checks of last year, the latest disagrees", text: thisYear, history: [newer, fixedLater, older], findings: bothColumns },
  ],
});
