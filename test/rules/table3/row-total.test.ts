import { expect } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table3RowTotal } from "../../../src/core/rules/table3/row-total";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const notHeld = valueLine(base, "1.本机关不掌握相关政府信息", 0);
const newLine = valueLine(base, "一、本年新收政府信息公开申请数量", 1);

testRule(table3RowTotal, {
  valid: [
    { name: "a count moves between applicant columns of the same row", text: withCells(base, [[notHeld, "26"], [notHeld + 1, "1"]]) },
    // value-int reports these cells.
    { name: "a row with an empty cell is not added up", text: withCells(base, [[notHeld, ""], [notHeld + 6, "26"]]) },
    { name: "a row with a negative cell is not added up", text: withCells(base, [[notHeld + 1, "-1"]]) },
  ],
  invalid: [
    {
      name: "a row's 总计 is not the sum of the six applicant columns",
      text: withCells(base, [[notHeld + 6, "26"]]),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "表三“（四）无法提供—1.本机关不掌握相关政府信息”一行：各类申请人之和为27，“总计”列填写为26。",
          expected: 27,
          actual: 26,
          location: expect.objectContaining({ line: notHeld + 6, column: 2, template: { table: "t3", row: "unavailable_not_held", column: "total" } }),
        },
      ],
    },
    {
      name: "a top-level row named by its own label",
      text: withCells(base, [[newLine, "1"]]),
      findings: [
        {
          severity: "error",
          message: "表三“一、本年新收政府信息公开申请数量”一行：各类申请人之和为34，“总计”列填写为33。",
          location: { line: newLine + 5, template: { table: "t3", row: "new", column: "total" } },
        },
      ],
    },
  ],
});
