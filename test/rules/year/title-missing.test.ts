import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { yearTitleMissing } from "../../../src/core/rules/year/title-missing";
import { runRule } from "../../helpers/rule-tester";

describe("year/title-missing", () => {
  it("fires when the title has no year, at the title", () => {
    const text = edited(seed("000"), "市机关事务局2023年政府信息公开工作", "市机关事务局政府信息公开工作");
    expect(runRule(yearTitleMissing, text)).toEqual([
      {
        rule: "year/title-missing",
        severity: "error",
        message: "标题“市机关事务局政府信息公开工作年度报告”缺少报告年度。",
        location: { kind: "text", line: 1, column: 1, endLine: 3, endColumn: 5 },
      },
    ]);
  });

  it.each([
    ["2023年", "2023年"],
    ["a year in Chinese digits", "二〇二三年"],
    ["a year in full-width digits", "２０２３年"],
  ])("does not fire on %s", (_, year) => {
    expect(runRule(yearTitleMissing, edited(seed("004"), "2023年政府信息公开工作年度报告", `${year}政府信息公开工作年度报告`))).toEqual([]);
  });

  it("does not fire on the seeds, nor without a title (structure/title-missing)", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(yearTitleMissing, seed(prefix))).toEqual([]);
    expect(runRule(yearTitleMissing, "一、总体情况\n本年度工作平稳。\n")).toEqual([]);
  });
});
