import { edited, seed } from "../../helpers/text-edits";
import { yearTitleMissing } from "../../../src/core/rules/year/title-missing";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(yearTitleMissing, {
  valid: [
    ...[
      ["2023年", "2023年"],
      ["a year in Chinese digits", "二〇二三年"],
      ["a year in full-width digits", "２０２３年"],
    ].map(([name, year]) => ({ name, text: edited(seed("004"), "2023年政府信息公开工作年度报告", `${year}政府信息公开工作年度报告`) })),
    ...seedCases(),
    { name: "no title (structure/title-missing)", text: "一、总体情况\n本年度工作平稳。\n" },
  ],
  invalid: [
    {
      name: "a title without a year, at the title",
      text: edited(seed("000"), "市机关事务局2023年政府信息公开工作", "市机关事务局政府信息公开工作"),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "标题“市机关事务局政府信息公开工作年度报告”缺少报告年度。",
          location: { kind: "text", line: 1, column: 1, endLine: 3, endColumn: 5 },
        },
      ],
    },
  ],
});
