import { seed, seed002Section6 } from "../../helpers/text-edits";
import { section6FeeStatementMissing } from "../../../src/core/rules/section6/fee-statement-missing";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section6FeeStatementMissing, {
  valid: [
    ...["本年度未收取信息处理费。", "本年度发出收费通知0件。", "本机关未收取信息公开处理费。"].map((body) => ({ name: body, text: seed002Section6(body) })),
    // rules.md §I
    ...seedCases("002"),
  ],
  invalid: [
    {
      name: "seed 002: 第六部分 is only “无。” (line 437, rules.md §I)",
      text: seed("002"),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "第六部分仅写“无。”，未报告信息处理费收取情况，应写明发出收费通知的件数和总金额以及实际收取的总金额（无则写0）。",
          location: { kind: "text", line: 437, column: 1, endLine: 437, endColumn: 5 },
        },
      ],
    },
    {
      name: "other matters without a word of the fee",
      text: seed002Section6("本单位门户网站网址为……，如需了解更多政府信息，请登录查询。\n本年度未收取任何费用。"),
      findings: [
        { severity: "error", message: "第六部分未报告信息处理费收取情况，应写明发出收费通知的件数和总金额以及实际收取的总金额（无则写0）。", location: { line: 437 } },
      ],
    },
  ],
});
