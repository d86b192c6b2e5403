import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { section1Coverage } from "../../../src/core/rules/section1/coverage";
import { runRule } from "../../helpers/rule-tester";

describe("section1/coverage", () => {
  it("seed 001: 总体情况 has no word of 依申请公开 (lines 5–9), at the section heading", () => {
    expect(runRule(section1Coverage, seed("001"))).toEqual([
      {
        rule: "section1/coverage",
        severity: "warning",
        message: "第一部分“总体情况”未见“依申请公开”方面的内容。",
        location: { kind: "text", line: 4, column: 1, endLine: 4, endColumn: 7 },
      },
    ]);
  });

  it("names every aspect that is missing in one finding", () => {
    const text = edited(seed("001"), "（三）深化政府信息管理工作。严格落实政府信息公开保密审查机制", "（三）严格落实审核机制");
    expect(runRule(section1Coverage, text).map((f) => f.message)).toEqual(["第一部分“总体情况”未见“依申请公开”“政府信息管理”方面的内容。"]);
  });

  it("does not fire on seed 002, whose 总体情况 touches all five aspects (rules.md §I), nor on 000, 003, 004", () => {
    for (const prefix of ["000", "002", "003", "004"]) expect(runRule(section1Coverage, seed(prefix))).toEqual([]);
  });

  it("does not fire when 第一部分 is missing (structure/section-missing says so)", () => {
    expect(runRule(section1Coverage, edited(seed("001"), "一、总体情况\n", "\n"))).toEqual([]);
  });
});
