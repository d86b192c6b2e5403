import { expect } from "vitest";
import { blankValues, seed004, t4ValueLine, withLine } from "../../helpers/seed-edits";
import { table4CellCount } from "../../../src/core/rules/table4/cell-count";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const first = t4ValueLine(base, 0);

testRule(table4CellCount, {
  valid: [
    { name: "15 values", text: base },
    { name: "an unfilled table", text: blankValues(base, first, t4ValueLine(base, 14)) },
  ],
  invalid: [
    {
      name: "a data row of 14 values, at the table before its values",
      text: withLine(base, first, null),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "表四应有15个数值，实际识别到14个。",
          expected: 15,
          actual: 14,
          location: expect.objectContaining({ line: expect.toSatisfy((line: number) => line < first), template: { table: "t4" } }),
        },
      ],
    },
    { name: "a data row of 16 values", text: withLine(base, first, "\t2\n\t0"), findings: [{ severity: "error", expected: 15, actual: 16 }] },
  ],
});
