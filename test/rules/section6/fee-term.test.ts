import { seed, seed002Section6 } from "../../helpers/text-edits";
import { section6FeeTerm } from "../../../src/core/rules/section6/fee-term";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section6FeeTerm, {
  valid: [
    ...["依据《政府信息公开信息处理费管理办法》，收取信息处理费0元。", "全年收取政府信息公开信息处理费0元。"].map((body) => ({ name: body, text: seed002Section6(body) })),
    ...seedCases("003"),
  ],
  invalid: [
    {
      name: "seed 003 line 82: “信息公开处理费”, at its characters (rules.md §I)",
      text: seed("003"),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "“信息公开处理费”不是规范名称，应为“信息处理费”（《政府信息公开信息处理费管理办法》）。",
          expected: "信息处理费",
          actual: "信息公开处理费",
          location: { kind: "text", line: 82, column: 11, endLine: 82, endColumn: 18 },
        },
      ],
    },
    ...[
      ["本年度未收取依申请公开收费。", "依申请公开收费"],
      ["本年度未收取政府信息公开处理费。", "信息公开处理费"],
      ["依申请公开费用为0。", "依申请公开费用"],
    ].map(([body, term]) => ({ name: body, text: seed002Section6(body), findings: [{ severity: "info" as const, actual: term }] })),
  ],
});
