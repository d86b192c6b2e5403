import { expect } from "vitest";
import { SEED_004_CLAIM_LINE, seed004With } from "../../helpers/text-edits";
import { t4Litigation } from "../../../src/core/rules/text/t4-litigation";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

// Seed 004's 表四 行政诉讼: 5 + 2.
const TABLE = "表四行政诉讼“未经复议直接起诉—总计”5件 + “复议后起诉—总计”2件 = 7件。";

testRule(t4Litigation, {
  valid: [
    ...[
      ["a figure that agrees", "被提起行政诉讼7件。"],
      ["one group only", "复议后起诉2件。"],
      ["the other group only", "未经复议直接起诉5件。"],
      ["another year", "2022年行政诉讼3件。"],
      ["one result only", "行政诉讼胜诉2件。"],
      ["复议 and 诉讼 together", "行政复议、行政诉讼共9件。"],
      // issue 11: a sub-category next to the total that matches
      ["一审 cases beside the total", "全年行政诉讼案件立案7件，其中一审行政诉讼案件6件。"],
      ["一审 cases alone", "全年一审行政诉讼案件6件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
    ...seedCases(),
  ],
  invalid: [
    ["被提起行政诉讼3件。", "被提起行政诉讼3件"],
    ["行政诉讼案件三起。", "行政诉讼案件三起"],
    ["本年度行政复议2件，行政诉讼3件。", "行政诉讼3件"],
    ["涉及政府信息公开的行政应诉案件共3件。", "涉及政府信息公开的行政应诉案件共3件"],
    ["3件行政诉讼均在审理中。", "3件行政诉讼均在审理中"],
    ["收到1件行政复议、3件行政诉讼。", "收到1件行政复议、3件行政诉讼"],
  ].map(([sentence, quoted]) => ({
    name: sentence,
    text: seed004With(sentence),
    exact: true,
    findings: [
      {
        severity: "warning" as const,
        message: `正文称“${quoted}”，${TABLE}`,
        expected: 7,
        actual: 3,
        location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
      },
    ],
  })),
});
