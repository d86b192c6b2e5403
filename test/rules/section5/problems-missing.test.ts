import { describe, expect, it } from "vitest";
import { seed, seed002Section5 } from "../../helpers/text-edits";
import { section5ProblemsMissing } from "../../../src/core/rules/section5/problems-missing";
import { runRule } from "../../helpers/rule-tester";

describe("section5/problems-missing", () => {
  it("fires when only improvements are written", () => {
    expect(runRule(section5ProblemsMissing, seed002Section5("下一步，我办将进一步加强政府信息公开工作，完善工作机制，提升公开质量。"))).toEqual([
      { rule: "section5/problems-missing", severity: "warning", message: "第五部分“存在的主要问题及改进情况”未写明存在的主要问题。", location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 } },
    ]);
  });

  it.each(["一是公开深度不够，下一步加强培训和监督检查工作。", "政务公开队伍专业化水平有待提升，下一步要加强培训。", "信息发布的时效性仍需提高，我办将完善审核发布流程。"])(
    "does not fire on “%s”",
    (body) => {
      expect(runRule(section5ProblemsMissing, seed002Section5(body))).toEqual([]);
    },
  );

  it("leaves an empty or one-word section to section5/empty, and passes the seeds", () => {
    expect(runRule(section5ProblemsMissing, seed002Section5("无。"))).toEqual([]);
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(section5ProblemsMissing, seed(prefix))).toEqual([]);
  });
});
