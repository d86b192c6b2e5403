import { expect } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table3Balance } from "../../../src/core/rules/table3/balance";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const forward = valueLine(base, "四、结转下年度继续办理", 0);
const carriedOver = valueLine(base, "二、上年结转政府信息公开申请数量", 0);

testRule(table3Balance, {
  valid: [
    {
      name: "both sides change alike",
      text: withCells(base, [[carriedOver, "1"], [carriedOver + 6, "1"], [forward, "2"], [forward + 6, "2"]]),
    },
    { name: "a column with a placeholder cell is not computed", text: withCells(base, [[forward, "/"]]) },
  ],
  invalid: [
    {
      name: "per column where 新收 + 上年结转 ≠ 办理结果总计 + 结转下年度, at the 结转下年度 cell",
      text: withCells(base, [[forward, "2"], [forward + 6, "2"]]),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "表三“自然人”列不符合勾稽关系：本年新收33 + 上年结转0 = 33，办理结果总计32 + 结转下年度2 = 34。",
          expected: 33,
          actual: 34,
          location: expect.objectContaining({ line: forward, column: 2, template: { table: "t3", row: "carried_forward", column: "natural_person" } }),
        },
        {
          severity: "error",
          message: "表三“总计”列不符合勾稽关系：本年新收33 + 上年结转0 = 33，办理结果总计32 + 结转下年度2 = 34。",
          expected: 33,
          actual: 34,
          location: expect.objectContaining({ line: forward + 6, template: { table: "t3", row: "carried_forward", column: "total" } }),
        },
      ],
    },
  ],
});
