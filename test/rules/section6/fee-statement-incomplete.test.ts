import { expect } from "vitest";
import { seed, seed002Section6 } from "../../helpers/text-edits";
import { section6FeeStatementIncomplete } from "../../../src/core/rules/section6/fee-statement-incomplete";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section6FeeStatementIncomplete, {
  valid: [
    ...[
      "本机关发出收费通知的件数、总金额以及实际收取的总金额均为零。",
      "本年度未发出信息处理费收费通知，未收取信息处理费。",
      "本年度发出收费通知3件，金额共计150元，实际收取信息处理费150元。",
      "本年度发出收费通知2件，收费通知总金额为100元；申请人逾期未缴纳，实际收取0元。",
    ].map((body) => ({ name: body, text: seed002Section6(body) })),
    { name: "seed 002: the fee is not mentioned at all (section6/fee-statement-missing)", text: seed("002") },
    ...seedCases("002", "003"),
  ],
  invalid: [
    {
      name: "seed 003 line 82: only “未收取信息公开处理费” — nothing was charged, so an info (rules.md §I)",
      text: seed("003"),
      exact: true,
      findings: [
        {
          severity: "info",
          message:
            "第六部分称“本年度，本机关未收取信息公开处理费。”，未收取信息处理费；格式所列三项中未写明发出收费通知的件数、收费通知的总金额，可写“发出收费通知的件数和总金额以及实际收取的总金额均为0”。",
          location: { kind: "text", line: 82, column: 1, endLine: 82, endColumn: 19 },
        },
      ],
    },
    // Only an info: no fee was charged at all.
    ...[
      ["全年收取政府信息公开信息处理费0元。", "发出收费通知的件数、收费通知的总金额"],
      ["本年度不收取信息处理费。", "发出收费通知的件数、收费通知的总金额"],
      ["依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），2023年本单位未收取信息处理费。", "发出收费通知的件数、收费通知的总金额"],
    ].map(([body, missing]) => ({
      name: `only an info on “${body}”`,
      text: seed002Section6(body),
      findings: [{ severity: "info" as const, message: expect.stringContaining(`格式所列三项中未写明${missing}，`) }],
    })),
    // A warning: some figures given, others left out.
    ...[
      ["本年度发出收费通知3件，实际收取信息处理费150元。", "收费通知的总金额"],
      ["本年度发出信息处理费收费通知的总金额为150元，实际收取150元。", "发出收费通知的件数"],
      ["本年度发出收费通知3件，总金额150元。", "实际收取的总金额"],
      ["本年度发出收费通知2件，未收取信息处理费。", "收费通知的总金额"],
    ].map(([body, missing]) => ({
      name: `a warning on “${body}”: ${missing} left out`,
      text: seed002Section6(body),
      findings: [{ severity: "warning" as const, message: expect.stringContaining(`，未写明${missing}。`) }],
    })),
  ],
});
