import { seed002Section5 } from "../../helpers/text-edits";
import { section5ImprovementsMissing } from "../../../src/core/rules/section5/improvements-missing";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

const MESSAGE = "第五部分“存在的主要问题及改进情况”未写明改进情况（改进措施、下一步工作）。";

testRule(section5ImprovementsMissing, {
  valid: [
    ...["公开深度不够。下一步，我办要对标先进地区经验做法。", "公开深度不够，拟于明年开展专题培训，组织集中学习。", "公开深度不够，我办将加强培训并组织业务交流活动。"].map(
      (body) => ({ name: body, text: seed002Section5(body) }),
    ),
    { name: "an empty section is section5/empty's", text: seed002Section5("无。") },
    ...seedCases(),
  ],
  invalid: [
    {
      name: "only problems are written",
      text: seed002Section5("一是主动公开的深度和广度不够；二是工作人员均为兼职，专业化水平不高。"),
      exact: true,
      findings: [{ severity: "warning", message: MESSAGE, location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 } }],
    },
    {
      name: "a lone 将 is not an improvement",
      text: seed002Section5("一是主动公开的深度不够，将来工作人员的专业化水平也不高。"),
      findings: [{ severity: "warning", message: MESSAGE, location: { line: 432 } }],
    },
  ],
});
