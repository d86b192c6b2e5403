import { seed002Section5 } from "../../helpers/text-edits";
import { section5Empty } from "../../../src/core/rules/section5/empty";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section5Empty, {
  valid: [
    { name: "a section with no text at all is structure/section-empty's", text: seed002Section5("") },
    { name: "twenty characters or more", text: seed002Section5("公开深度不够，下一步将加强培训，提升公开质量和效率。") },
    ...seedCases(),
  ],
  invalid: [
    ["无。", "无。"],
    ["　　暂无", "暂无"],
    ["进一步加强公开工作。", "进一步加强公开工作。"],
  ].map(([body, shown]) => ({
    name: `“${body}”, at the section heading`,
    text: seed002Section5(body),
    exact: true,
    findings: [
      {
        severity: "error" as const,
        message: `第五部分“存在的主要问题及改进情况”内容为空或过于简单（“${shown}”），应写明存在的主要问题和改进情况。`,
        location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 },
      },
    ],
  })),
});
