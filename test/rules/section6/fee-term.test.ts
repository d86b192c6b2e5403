import { describe, expect, it } from "vitest";
import { seed, seed002Section6 } from "../../helpers/text-edits";
import { section6FeeTerm } from "../../../src/core/rules/section6/fee-term";
import { runRule } from "../../helpers/rule-tester";

describe("section6/fee-term", () => {
  it("seed 003 line 82: “信息公开处理费”, at its characters (rules.md §I)", () => {
    expect(runRule(section6FeeTerm, seed("003"))).toEqual([
      {
        rule: "section6/fee-term",
        severity: "info",
        message: "“信息公开处理费”不是规范名称，应为“信息处理费”（《政府信息公开信息处理费管理办法》）。",
        expected: "信息处理费",
        actual: "信息公开处理费",
        location: { kind: "text", line: 82, column: 11, endLine: 82, endColumn: 18 },
      },
    ]);
  });

  it.each([
    ["本年度未收取依申请公开收费。", "依申请公开收费"],
    ["本年度未收取政府信息公开处理费。", "信息公开处理费"],
    ["依申请公开费用为0。", "依申请公开费用"],
  ])("fires on “%s”", (body, term) => {
    expect(runRule(section6FeeTerm, seed002Section6(body))).toMatchObject([{ actual: term }]);
  });

  it.each(["依据《政府信息公开信息处理费管理办法》，收取信息处理费0元。", "全年收取政府信息公开信息处理费0元。"])("does not fire on “%s”", (body) => {
    expect(runRule(section6FeeTerm, seed002Section6(body))).toEqual([]);
  });

  it("does not fire on seeds 000, 001, 002, 004", () => {
    for (const prefix of ["000", "001", "002", "004"]) expect(runRule(section6FeeTerm, seed(prefix))).toEqual([]);
  });
});
