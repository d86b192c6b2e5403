import { edited, seed } from "../../helpers/text-edits";
import { section1Coverage } from "../../../src/core/rules/section1/coverage";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section1Coverage, {
  valid: [
    // Seed 002's 总体情况 touches all five aspects (rules.md §I).
    ...seedCases("001"),
    { name: "第一部分 is missing (structure/section-missing says so)", text: edited(seed("001"), "一、总体情况\n", "\n") },
  ],
  invalid: [
    {
      name: "seed 001: 总体情况 has no word of 依申请公开 (lines 5–9), at the section heading",
      text: seed("001"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "第一部分“总体情况”未见“依申请公开”方面的内容。",
          location: { kind: "text", line: 4, column: 1, endLine: 4, endColumn: 7 },
        },
      ],
    },
    {
      name: "every aspect that is missing, named in one finding",
      text: edited(seed("001"), "（三）深化政府信息管理工作。严格落实政府信息公开保密审查机制", "（三）严格落实审核机制"),
      findings: [{ severity: "warning", message: "第一部分“总体情况”未见“依申请公开”“政府信息管理”方面的内容。" }],
    },
  ],
});
