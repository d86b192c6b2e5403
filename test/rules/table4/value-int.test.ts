import { expect } from "vitest";
import { blankValues, seed004, t4ValueLine, withCells, withLine } from "../../helpers/seed-edits";
import { table4ValueInt } from "../../../src/core/rules/table4/value-int";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const afterReviewPending = t4ValueLine(base, 13);
const short = withLine(base, t4ValueLine(base, 0), null);
const blanked = blankValues(base, t4ValueLine(base, 0), t4ValueLine(base, 14));

testRule(table4ValueInt, {
  valid: [
    { name: "not cell by cell when the table has the wrong number of cells", text: withCells(short, [[t4ValueLine(short, 3), "/"]]) },
    { name: "an all-blank table is structure/table-empty's", text: blanked },
  ],
  invalid: [
    ...[
      ["", "表四“行政诉讼（复议后起诉）—尚未审结”为空，应填写非负整数（无则填0）。"],
      ["/", "表四“行政诉讼（复议后起诉）—尚未审结”填写为“/”，应填写非负整数（无则填0）。"],
      ["-2", "表四“行政诉讼（复议后起诉）—尚未审结”填写为“-2”，应填写非负整数。"],
    ].map(([written, message]) => ({
      name: `a cell written ${JSON.stringify(written)}`,
      text: withCells(base, [[afterReviewPending, written]]),
      exact: true,
      findings: [
        {
          severity: "error" as const,
          message,
          location: expect.objectContaining({
            line: afterReviewPending,
            column: 2,
            template: { table: "t4", row: "litigation_after_review", column: "pending" },
          }),
        },
      ],
    })),
    {
      name: "a table filled in part: its blank cells as one finding, every cell a place",
      text: withCells(blanked, [[t4ValueLine(base, 0), "2"]]),
      findings: [
        {
          severity: "error",
          message: "表四有14个单元格为空（“行政复议”“行政诉讼（未经复议直接起诉）”“行政诉讼（复议后起诉）”），应填写非负整数（无则填0）。",
          location: { template: { table: "t4" } },
          places: Array.from({ length: 14 }, (_, i) => expect.objectContaining({ line: t4ValueLine(base, i + 1), template: expect.objectContaining({ table: "t4" }) })),
        },
      ],
    },
  ],
});
