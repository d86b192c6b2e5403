import { seed002Section5 } from "../../helpers/text-edits";
import { section5ProblemsMissing } from "../../../src/core/rules/section5/problems-missing";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(section5ProblemsMissing, {
  valid: [
    ...["一是公开深度不够，下一步加强培训和监督检查工作。", "政务公开队伍专业化水平有待提升，下一步要加强培训。", "信息发布的时效性仍需提高，我办将完善审核发布流程。"].map(
      (body) => ({ name: body, text: seed002Section5(body) }),
    ),
    { name: "an empty or one-word section is section5/empty's", text: seed002Section5("无。") },
    ...seedCases(),
  ],
  invalid: [
    {
      name: "only improvements are written",
      text: seed002Section5("下一步，我办将进一步加强政府信息公开工作，完善工作机制，提升公开质量。"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "第五部分“存在的主要问题及改进情况”未写明存在的主要问题。",
          location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 },
        },
      ],
    },
  ],
});
