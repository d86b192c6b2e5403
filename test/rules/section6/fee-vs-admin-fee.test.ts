import { valueLine, withCells } from "../../helpers/seed-edits";
import { seed, withSectionBody } from "../../helpers/text-edits";
import { section6FeeVsAdminFee } from "../../../src/core/rules/section6/fee-vs-admin-fee";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

/** Seed 004 with 表二 行政事业性收费 set to `fees` 万元 and `body` as 第六部分. */
function seed004(fees: string, body: string): string {
  const text = withSectionBody(seed("004"), "六、其他需要报告的事项", body);
  return withCells(text, [[valueLine(text, "行政事业性收费", 0), fees]]);
}

testRule(section6FeeVsAdminFee, {
  valid: [
    { name: "a fee statement that does not use the table's amount", text: seed004("7545", "本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。") },
    { name: "an amount of 0 while 表二 has 0", text: seed004("0", "本年度收取信息处理费0元。") },
    { name: "a different amount", text: seed004("7545", "本年度收取信息处理费200元。") },
    ...seedCases(),
  ],
  invalid: [
    {
      name: "第六部分 reports 表二's 行政事业性收费 as the information fee",
      text: seed004("7545", "本年度收取信息处理费7545万元。"),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "第六部分“本年度收取信息处理费7545万元。”疑将表二“行政事业性收费”（7545万元）当作信息处理费，二者应分别填报。",
          location: { kind: "text", line: 440, column: 1, endLine: 440, endColumn: 18 },
        },
      ],
    },
    {
      name: "the amount written in 元",
      text: seed004("1.5", "本年度实际收取信息处理费15000元。"),
      findings: [{ severity: "info", message: "第六部分“本年度实际收取信息处理费15000元。”疑将表二“行政事业性收费”（1.5万元）当作信息处理费，二者应分别填报。" }],
    },
    {
      name: "the fee sentence names 行政事业性收费",
      text: seed004("0", "信息处理费按照行政事业性收费统计，为0。"),
      findings: [{ severity: "info", location: { line: 440 } }],
    },
  ],
});
