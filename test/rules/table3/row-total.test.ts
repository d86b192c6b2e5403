import { describe, expect, it } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table3/row-total";
const NOT_HELD = "1.本机关不掌握相关政府信息";

describe(RULE, () => {
  const base = seed004();

  it("fires when a row's 总计 is not the sum of the six applicant columns", async () => {
    const line = valueLine(base, NOT_HELD, 6);
    const findings = runRule(RULE, withCells(base, [[line, "26"]]));
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表三“（四）无法提供—1.本机关不掌握相关政府信息”一行：各类申请人之和为27，“总计”列填写为26。",
        expected: 27,
        actual: 26,
        location: expect.objectContaining({ line, column: 2, template: { table: "t3", row: "unavailable_not_held", column: "total" } }),
      },
    ]);
  });

  it("names a top-level row by its own label", async () => {
    const line = valueLine(base, "一、本年新收政府信息公开申请数量", 1);
    const [finding] = runRule(RULE, withCells(base, [[line, "1"]]));
    expect(finding.message).toBe("表三“一、本年新收政府信息公开申请数量”一行：各类申请人之和为34，“总计”列填写为33。");
    expect(finding.location).toMatchObject({ line: line + 5, template: { table: "t3", row: "new", column: "total" } });
  });

  it("does not fire when a count moves between applicant columns of the same row", async () => {
    const natural = valueLine(base, NOT_HELD, 0);
    const text = withCells(base, [[natural, "26"], [natural + 1, "1"]]);
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("does not add up a row with an empty or negative cell (value-int reports it)", async () => {
    const natural = valueLine(base, NOT_HELD, 0);
    expect(runRule(RULE, withCells(base, [[natural, ""], [natural + 6, "26"]]))).toEqual([]);
    expect(runRule(RULE, withCells(base, [[natural + 1, "-1"]]))).toEqual([]);
  });
});
