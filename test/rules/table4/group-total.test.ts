import { describe, expect, it } from "vitest";
import { seed004, t4ValueLine, withCells, withLine } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table4/group-total";

describe(RULE, () => {
  const base = seed004();

  it("fires when a group's 总计 is not 维持 + 纠正 + 其他 + 尚未审结", async () => {
    const reviewTotal = t4ValueLine(base, 4);
    const findings = runRule(RULE, withCells(base, [[reviewTotal, "3"]]));
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表四“行政复议”：结果维持2 + 结果纠正0 + 其他结果0 + 尚未审结0 = 2，“总计”填写为3。",
        expected: 2,
        actual: 3,
        location: expect.objectContaining({ line: reviewTotal, column: 2, template: { table: "t4", row: "review", column: "total" } }),
      },
    ]);
  });

  it("names the litigation groups as the format does", async () => {
    const afterReviewPending = t4ValueLine(base, 13);
    const [finding] = runRule(RULE, withCells(base, [[afterReviewPending, "1"]]));
    expect(finding.message).toBe("表四“行政诉讼（复议后起诉）”：结果维持0 + 结果纠正0 + 其他结果0 + 尚未审结1 = 1，“总计”填写为2。");
    expect(finding.location).toMatchObject({ line: afterReviewPending + 1, template: { table: "t4", row: "litigation_after_review", column: "total" } });
  });

  it("does not fire when a result moves inside a group", async () => {
    const directUpheld = t4ValueLine(base, 5);
    const text = withCells(base, [[directUpheld, "1"], [directUpheld + 3, "4"]]);
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("does not add up a group with a blank cell, nor a table with the wrong number of cells", async () => {
    const reviewUpheld = t4ValueLine(base, 0);
    expect(runRule(RULE, withCells(base, [[reviewUpheld, ""]]))).toEqual([]);
    expect(runRule(RULE, withLine(base, reviewUpheld, null))).toEqual([]);
  });
});
