import { describe, expect, it } from "vitest";
import { seed, seed002Section5 } from "../../helpers/text-edits";
import { section5Empty } from "../../../src/core/rules/section5/empty";
import { runRule } from "../../helpers/rule-tester";

describe("section5/empty", () => {
  it.each([
    ["无。", "无。"],
    ["　　暂无", "暂无"],
    ["进一步加强公开工作。", "进一步加强公开工作。"],
  ])("fires on “%s”, at the section heading", (body, shown) => {
    expect(runRule(section5Empty, seed002Section5(body))).toEqual([
      {
        rule: "section5/empty",
        severity: "error",
        message: `第五部分“存在的主要问题及改进情况”内容为空或过于简单（“${shown}”），应写明存在的主要问题和改进情况。`,
        location: { kind: "text", line: 432, column: 1, endLine: 432, endColumn: 15 },
      },
    ]);
  });

  it("leaves a section with no text at all to structure/section-empty", () => {
    expect(runRule(section5Empty, seed002Section5(""))).toEqual([]);
  });

  it("does not fire on twenty characters or more, nor on the seeds", () => {
    expect(runRule(section5Empty, seed002Section5("公开深度不够，下一步将加强培训，提升公开质量和效率。"))).toEqual([]);
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(section5Empty, seed(prefix))).toEqual([]);
  });
});
