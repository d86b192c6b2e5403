import { describe, expect, it } from "vitest";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { seed, withSectionBody } from "../../helpers/text-edits";
import { table3FeeRowVsSection6 } from "../../../src/core/rules/table3/fee-row-vs-section6";
import { runRule } from "../../helpers/rule-tester";

const UNPAID = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";

/** Seed 004 with 表三 “逾期未按收费通知要求缴纳费用” total `unpaid` and `body` as 第六部分 (line 440). */
function seed004(unpaid: number, body?: string): string {
  const text = body === undefined ? seed("004") : withSectionBody(seed("004"), "六、其他需要报告的事项", body);
  return withCells(text, [[valueLine(text, UNPAID, 0), String(unpaid)], [valueLine(text, UNPAID, 6), String(unpaid)]]);
}

describe("table3/fee-row-vs-section6", () => {
  it("fires when 表三 has unpaid-fee applications but 第六部分 says all zero (seed 004's wording)", () => {
    expect(runRule(table3FeeRowVsSection6, seed004(1))).toEqual([
      {
        rule: "table3/fee-row-vs-section6",
        severity: "warning",
        message: "表三有1件“逾期未按收费通知要求缴纳费用”，但第六部分称“我镇本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。”，二者矛盾。",
        expected: 1,
        actual: 0,
        location: { kind: "text", line: 440, column: 1, endLine: 440, endColumn: 33 },
      },
    ]);
  });

  it("fires when 第六部分 says no notice was sent, or fewer than the table's count", () => {
    expect(runRule(table3FeeRowVsSection6, seed004(2, "本年度未发出收费通知，未收取信息处理费。"))).toMatchObject([{ actual: 0 }]);
    expect(runRule(table3FeeRowVsSection6, seed004(2, "本年度发出收费通知1件，总金额50元，实际收取0元。"))).toMatchObject([
      { message: expect.stringContaining("但第六部分称“本年度发出收费通知1件”"), expected: 2, actual: 1 },
    ]);
  });

  it.each([
    ["enough notices", "本年度发出收费通知2件，总金额100元，申请人逾期未缴纳，实际收取0元。"],
    ["only that nothing was collected, which unpaid fees explain", "本年度未收取信息处理费。"],
    ["nothing about the fee (section6/fee-statement-missing reports it)", "无。"],
  ])("does not fire on %s", (_, body) => {
    expect(runRule(table3FeeRowVsSection6, seed004(2, body))).toEqual([]);
  });

  it("does not fire when the row is 0: the five seeds", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(table3FeeRowVsSection6, seed(prefix))).toEqual([]);
  });
});
