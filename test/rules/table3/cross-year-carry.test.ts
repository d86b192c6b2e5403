import { describe, expect, it } from "vitest";
import { seed } from "../../helpers/text-edits";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table3/cross-year-carry";
const CARRIED_OVER = "二、上年结转政府信息公开申请数量";
const CARRIED_FORWARD = "四、结转下年度继续办理";

/** Seed 004 (2023): 上年结转 0 in every column; 结转下年度 1 (自然人 and 总计). */
const thisYear = seed("004");
/** Seed 004 as the 2022 report, its 结转下年度 set in the 自然人 and 总计 columns. */
function lastYear(carriedForward: string) {
  const text = inYear(seed("004"), 2022);
  const line = valueLine(text, CARRIED_FORWARD, 0);
  return withCells(text, [[line, carriedForward], [line + 6, carriedForward]]);
}

describe(RULE, () => {
  it("fires per column where 上年结转 differs from last year's 结转下年度, naming both years and figures", async () => {
    const history = [await earlierReport(lastYear("2"))];
    const line = valueLine(thisYear, CARRIED_OVER, 0);
    expect(runRule(RULE, { text: thisYear, history: history })).toEqual([
      {
        rule: RULE,
        severity: "warning",
        message:
          "2023年报告表三“二、上年结转政府信息公开申请数量—自然人”为0，但2022年报告表三“四、结转下年度继续办理—自然人”为2，两者应相等，请核实。",
        expected: 2,
        actual: 0,
        location: expect.objectContaining({ line, template: { table: "t3", row: "carried_over", column: "natural_person" } }),
      },
      {
        rule: RULE,
        severity: "warning",
        message:
          "2023年报告表三“二、上年结转政府信息公开申请数量—总计”为0，但2022年报告表三“四、结转下年度继续办理—总计”为2，两者应相等，请核实。",
        expected: 2,
        actual: 0,
        location: expect.objectContaining({ line: line + 6, template: { table: "t3", row: "carried_over", column: "total" } }),
      },
    ]);
  });

  it("does not fire when this year carries over what last year carried forward", async () => {
    const history = [await earlierReport(lastYear("1"))];
    const line = valueLine(thisYear, CARRIED_OVER, 0);
    expect(runRule(RULE, { text: withCells(thisYear, [[line, "1"], [line + 6, "1"]]), history: history })).toEqual([]);
  });

  it("does not fire without last year's report: no history, another year, the same year", async () => {
    expect(runRule(RULE, { text: thisYear, history: [] })).toEqual([]);
    const twoYearsBack = await earlierReport(inYear(lastYear("2"), 2021));
    const sameYear = await earlierReport(inYear(lastYear("2"), 2023));
    expect(runRule(RULE, { text: thisYear, history: [twoYearsBack, sameYear] })).toEqual([]);
  });

  it("of two checks of last year, compares with the latest", async () => {
    const older = await earlierReport(lastYear("2"), "v1.txt", "2024-01-10T09:00:00+08:00");
    const newer = await earlierReport(lastYear("0"), "v2.txt", "2024-01-15T09:00:00+08:00");
    expect(runRule(RULE, { text: thisYear, history: [newer, older] })).toEqual([]);
    const fixedLater = await earlierReport(lastYear("2"), "v3.txt", "2024-01-20T09:00:00+08:00");
    expect(runRule(RULE, { text: thisYear, history: [newer, fixedLater, older] })).toHaveLength(2);
  });

  it("does not compare a column whose cell last year held no number", async () => {
    const history = [await earlierReport(lastYear("/"))];
    expect(runRule(RULE, { text: thisYear, history: history })).toEqual([]);
  });
});
