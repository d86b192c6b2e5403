import { describe, expect, it } from "vitest";
import { withTrialTable2 } from "../../helpers/seeds";
import { seed } from "../../helpers/text-edits";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table2/cross-year-in-force";

/** Seed 004 (2023): 规章 0/0/0, 行政规范性文件 本年制发0、本年废止0、现行有效1. */
const thisYear = seed("004");
/** Seed 004 as the 2022 report with its 现行有效 set: 规章 and 行政规范性文件. */
function lastYear(regulations: string, normative: string) {
  const text = inYear(seed("004"), 2022);
  return withCells(text, [[valueLine(text, "规章", 2), regulations], [valueLine(text, "行政规范性文件", 2), normative]]);
}

describe(RULE, () => {
  it("fires when 现行有效 ≠ last year's 现行有效 + 本年制发 − 本年废止, for each row on its own", async () => {
    const history = [await earlierReport(lastYear("0", "5"))];
    expect(runRule(RULE, { text: thisYear, history: history })).toEqual([
      {
        rule: RULE,
        severity: "warning",
        message: "表二“行政规范性文件”：2022年现行有效5 + 2023年制发0 − 2023年废止0 = 5，与2023年现行有效件数1不一致，请核实或说明原因。",
        expected: 5,
        actual: 1,
        location: expect.objectContaining({ line: valueLine(thisYear, "行政规范性文件", 2), template: { table: "t2", row: "normative_documents", column: "in_force" } }),
      },
    ]);
    const regulations = runRule(RULE, { text: thisYear, history: [await earlierReport(lastYear("3", "1"))] });
    expect(regulations.map((finding) => [finding.location.template?.row, finding.expected, finding.actual])).toEqual([["regulations", 3, 0]]);
  });

  it("does not fire when the stock carries on", async () => {
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(lastYear("0", "1"))] })).toEqual([]);
    const issued = valueLine(thisYear, "行政规范性文件", 0);
    const withNew = withCells(thisYear, [[issued, "6"], [issued + 1, "2"], [issued + 2, "5"]]);
    expect(runRule(RULE, { text: withNew, history: [await earlierReport(lastYear("0", "1"))] })).toEqual([]);
  });

  it("does not compare with a last year written in the 2019 trial format", async () => {
    const trial = await earlierReport(withTrialTable2(lastYear("0", "5")));
    expect(trial.report.formatVersion).toBe("2019-trial");
    expect(runRule(RULE, { text: thisYear, history: [trial] })).toEqual([]);
  });

  it("does not fire without last year's report", async () => {
    expect(runRule(RULE, { text: thisYear, history: [] })).toEqual([]);
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(inYear(lastYear("0", "5"), 2020))] })).toEqual([]);
  });
});
