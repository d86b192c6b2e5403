import { describe, expect, it } from "vitest";
import { seed, seed002Section5 } from "../../helpers/text-edits";
import { section5ImprovementsMissing } from "../../../src/core/rules/section5/improvements-missing";
import { runRule } from "../../helpers/rule-tester";

describe("section5/improvements-missing", () => {
  it("fires when only problems are written", () => {
    expect(runRule(section5ImprovementsMissing, seed002Section5("一是主动公开的深度和广度不够；二是工作人员均为兼职，专业化水平不高。"))).toEqual([
      {
        rule: "section5/improvements-missing",
        severity: "warning",
        message: "第五部分“存在的主要问题及改进情况”未写明改进情况（改进措施、下一步工作）。",
        location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 },
      },
    ]);
  });

  it("a lone 将 is not an improvement", () => {
    expect(runRule(section5ImprovementsMissing, seed002Section5("一是主动公开的深度不够，将来工作人员的专业化水平也不高。"))).toHaveLength(1);
  });

  it.each(["公开深度不够。下一步，我办要对标先进地区经验做法。", "公开深度不够，拟于明年开展专题培训，组织集中学习。", "公开深度不够，我办将加强培训并组织业务交流活动。"])(
    "does not fire on “%s”",
    (body) => {
      expect(runRule(section5ImprovementsMissing, seed002Section5(body))).toEqual([]);
    },
  );

  it("leaves an empty section to section5/empty, and passes the seeds", () => {
    expect(runRule(section5ImprovementsMissing, seed002Section5("无。"))).toEqual([]);
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(section5ImprovementsMissing, seed(prefix))).toEqual([]);
  });
});
