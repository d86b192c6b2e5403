import { expect } from "vitest";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { seed, withSectionBody } from "../../helpers/text-edits";
import { table3FeeRowVsSection6 } from "../../../src/core/rules/table3/fee-row-vs-section6";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

const UNPAID = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";

/** Seed 004 with 表三 “逾期未按收费通知要求缴纳费用” total `unpaid` and `body` as 第六部分 (line 440). */
function seed004(unpaid: number, body?: string): string {
  const text = body === undefined ? seed("004") : withSectionBody(seed("004"), "六、其他需要报告的事项", body);
  return withCells(text, [[valueLine(text, UNPAID, 0), String(unpaid)], [valueLine(text, UNPAID, 6), String(unpaid)]]);
}

testRule(table3FeeRowVsSection6, {
  valid: [
    ...[
      ["enough notices", "本年度发出收费通知2件，总金额100元，申请人逾期未缴纳，实际收取0元。"],
      ["only that nothing was collected, which unpaid fees explain", "本年度未收取信息处理费。"],
      ["nothing about the fee (section6/fee-statement-missing reports it)", "无。"],
    ].map(([name, body]) => ({ name, text: seed004(2, body) })),
    // The row is 0 in the seeds.
    ...seedCases(),
  ],
  invalid: [
    {
      name: "表三 has unpaid-fee applications but 第六部分 says all zero (seed 004's wording)",
      text: seed004(1),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "表三有1件“逾期未按收费通知要求缴纳费用”，但第六部分称“我镇本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。”，二者矛盾。",
          expected: 1,
          actual: 0,
          location: { kind: "text", line: 440, column: 1, endLine: 440, endColumn: 33 },
        },
      ],
    },
    { name: "第六部分 says no notice was sent", text: seed004(2, "本年度未发出收费通知，未收取信息处理费。"), findings: [{ severity: "warning", actual: 0 }] },
    {
      name: "第六部分 gives fewer notices than the table's count",
      text: seed004(2, "本年度发出收费通知1件，总金额50元，实际收取0元。"),
      findings: [{ severity: "warning", message: expect.stringContaining("但第六部分称“本年度发出收费通知1件”"), expected: 2, actual: 1 }],
    },
  ],
});
