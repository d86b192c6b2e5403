import { describe, expect, it } from "vitest";
import { withTrialTable2 } from "../../helpers/seeds";
import { seed } from "../../helpers/text-edits";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { table2CrossYearInForce } from "../../../src/core/rules/table2/cross-year-in-force";
import { testRule } from "../../helpers/rule-tester";

/** Seed 004 (2023): 规章 0/0/0, 行政规范性文件 本年制发0、本年废止0、现行有效1. */
const thisYear = seed("004");
/** Seed 004 as the 2022 report with its 现行有效 set: 规章 and 行政规范性文件. */
function lastYear(regulations: string, normative: string) {
  const text = inYear(seed("004"), 2022);
  return withCells(text, [[valueLine(text, "规章", 2), regulations], [valueLine(text, "行政规范性文件", 2), normative]]);
}
const issued = valueLine(thisYear, "行政规范性文件", 0);
const trial = await earlierReport(withTrialTable2(lastYear("0", "5")));

testRule(table2CrossYearInForce, {
  valid: [
    { name: "the stock carries on", text: thisYear, history: [await earlierReport(lastYear("0", "1"))] },
    {
      name: "the stock carries on with documents issued and repealed",
      text: withCells(thisYear, [[issued, "6"], [issued + 1, "2"], [issued + 2, "5"]]),
      history: [await earlierReport(lastYear("0", "1"))],
    },
    { name: "last year written in the 2019 trial format is not compared", text: thisYear, history: [trial] },
    { name: "no earlier report", text: thisYear, history: [] },
    { name: "no report of last year, only of 2020", text: thisYear, history: [await earlierReport(inYear(lastYear("0", "5"), 2020))] },
  ],
  invalid: [
    {
      name: "现行有效 ≠ last year's 现行有效 + 本年制发 − 本年废止: 行政规范性文件",
      text: thisYear,
      history: [await earlierReport(lastYear("0", "5"))],
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "表二“行政规范性文件”：2022年现行有效5 + 2023年制发0 − 2023年废止0 = 5，与2023年现行有效件数1不一致，请核实或说明原因。",
          expected: 5,
          actual: 1,
          location: expect.objectContaining({ line: issued + 2, template: { table: "t2", row: "normative_documents", column: "in_force" } }),
        },
      ],
    },
    {
      name: "each row on its own: 规章",
      text: thisYear,
      history: [await earlierReport(lastYear("3", "1"))],
      findings: [{ severity: "warning", expected: 3, actual: 0, location: { template: { row: "regulations" } } }],
    },
  ],
});

describe("table2/cross-year-in-force", () => {
  it("the trial-format case's last year is read as the 2019 trial format", () => {
    expect(trial.report.formatVersion).toBe("2019-trial");
  });
});
