import { expect } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table3ResultsTotal } from "../../../src/core/rules/table3/results-total";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const disclosed = valueLine(base, "（一）予以公开", 0);
const notHeld = valueLine(base, "1.本机关不掌握相关政府信息", 0);
const totalLine = valueLine(base, "（七）总计", 0);

/** Seed 004 with （六）其他处理's three sub-rows collapsed into one row, as some documents have it. */
function collapsed(): string {
  const lines = base.split("\n");
  const start = lines.indexOf("\t（六）其他处理");
  const end = valueLine(base, "3.其他", 6);
  lines.splice(start, end - start, "\t（六）其他处理", "\t1", ...Array(5).fill("\t0"), "\t1");
  return lines.join("\n");
}
const collapsedTotal = valueLine(collapsed(), "（七）总计", 0);

testRule(table3ResultsTotal, {
  valid: [
    {
      name: "counts move between result rows of a column",
      text: withCells(base, [[disclosed, "3"], [disclosed + 6, "3"], [notHeld, "26"], [notHeld + 6, "26"]]),
    },
    { name: "a column with a blank result cell is not added up", text: withCells(base, [[disclosed, ""]]) },
  ],
  invalid: [
    {
      name: "per column whose （七）总计 is not the sum of the result rows",
      text: withCells(base, [[disclosed, "3"], [disclosed + 6, "3"]]),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "表三“自然人”列：（一）至（六）各项之和为33，但“（七）总计”填写为32。",
          expected: 33,
          actual: 32,
          location: expect.objectContaining({ line: totalLine, column: 2, template: { table: "t3", row: "total", column: "natural_person" } }),
        },
        {
          severity: "error",
          message: "表三“总计”列：（一）至（六）各项之和为33，但“（七）总计”填写为32。",
          expected: 33,
          actual: 32,
          location: expect.objectContaining({ line: totalLine + 6, template: { table: "t3", row: "total", column: "total" } }),
        },
      ],
    },
    {
      name: "（六）其他处理 as one row when the document collapsed its three sub-rows",
      text: collapsed(),
      findings: [
        { severity: "error", expected: 33, actual: 32, location: { line: collapsedTotal, template: { column: "natural_person" } } },
        { severity: "error", expected: 33, actual: 32, location: { line: collapsedTotal + 6, template: { column: "total" } } },
      ],
    },
  ],
});
