import { describe, expect, it } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table3/balance";
const FORWARD = "四、结转下年度继续办理";

describe(RULE, () => {
  const base = seed004();

  it("fires per column where 新收 + 上年结转 ≠ 办理结果总计 + 结转下年度, at the 结转下年度 cell", async () => {
    const forward = valueLine(base, FORWARD, 0);
    const findings = runRule(RULE, withCells(base, [[forward, "2"], [forward + 6, "2"]]));
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表三“自然人”列不符合勾稽关系：本年新收33 + 上年结转0 = 33，办理结果总计32 + 结转下年度2 = 34。",
        expected: 33,
        actual: 34,
        location: expect.objectContaining({ line: forward, column: 2, template: { table: "t3", row: "carried_forward", column: "natural_person" } }),
      },
      {
        rule: RULE,
        severity: "error",
        message: "表三“总计”列不符合勾稽关系：本年新收33 + 上年结转0 = 33，办理结果总计32 + 结转下年度2 = 34。",
        expected: 33,
        actual: 34,
        location: expect.objectContaining({ line: forward + 6, template: { table: "t3", row: "carried_forward", column: "total" } }),
      },
    ]);
  });

  it("does not fire when both sides change alike", async () => {
    const carriedOver = valueLine(base, "二、上年结转政府信息公开申请数量", 0);
    const forward = valueLine(base, FORWARD, 0);
    const text = withCells(base, [[carriedOver, "1"], [carriedOver + 6, "1"], [forward, "2"], [forward + 6, "2"]]);
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("does not compute a column with a placeholder cell", async () => {
    const forward = valueLine(base, FORWARD, 0);
    expect(runRule(RULE, withCells(base, [[forward, "/"]]))).toEqual([]);
  });
});
