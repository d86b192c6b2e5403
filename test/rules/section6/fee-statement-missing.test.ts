import { describe, expect, it } from "vitest";
import { seed, seed002Section6 } from "../../helpers/text-edits";
import { section6FeeStatementMissing } from "../../../src/core/rules/section6/fee-statement-missing";
import { runRule } from "../../helpers/rule-tester";

describe("section6/fee-statement-missing", () => {
  it("seed 002: 第六部分 is only “无。” (line 437, rules.md §I)", () => {
    expect(runRule(section6FeeStatementMissing, seed("002"))).toEqual([
      {
        rule: "section6/fee-statement-missing",
        severity: "error",
        message: "第六部分仅写“无。”，未报告信息处理费收取情况，应写明发出收费通知的件数和总金额以及实际收取的总金额（无则写0）。",
        location: { kind: "text", line: 437, column: 1, endLine: 437, endColumn: 5 },
      },
    ]);
  });

  it("fires on other matters without a word of the fee", () => {
    const text = seed002Section6("本单位门户网站网址为……，如需了解更多政府信息，请登录查询。\n本年度未收取任何费用。");
    expect(runRule(section6FeeStatementMissing, text)).toMatchObject([
      { severity: "error", message: "第六部分未报告信息处理费收取情况，应写明发出收费通知的件数和总金额以及实际收取的总金额（无则写0）。", location: { line: 437 } },
    ]);
  });

  it.each(["本年度未收取信息处理费。", "本年度发出收费通知0件。", "本机关未收取信息公开处理费。"])("does not fire on “%s”", (body) => {
    expect(runRule(section6FeeStatementMissing, seed002Section6(body))).toEqual([]);
  });

  it("does not fire on seeds 000, 001, 003 and 004 (rules.md §I)", () => {
    for (const prefix of ["000", "001", "003", "004"]) expect(runRule(section6FeeStatementMissing, seed(prefix))).toEqual([]);
  });
});
