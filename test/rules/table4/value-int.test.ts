import { describe, expect, it } from "vitest";
import { blankValues, seed004, t4ValueLine, withCells, withLine } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table4/value-int";

describe(RULE, () => {
  const base = seed004();
  const afterReviewPending = t4ValueLine(base, 13);

  it.each([
    ["", "表四“行政诉讼（复议后起诉）—尚未审结”为空，应填写非负整数（无则填0）。"],
    ["/", "表四“行政诉讼（复议后起诉）—尚未审结”填写为“/”，应填写非负整数（无则填0）。"],
    ["-2", "表四“行政诉讼（复议后起诉）—尚未审结”填写为“-2”，应填写非负整数。"],
  ])("fires on a cell written %j", async (written, message) => {
    expect(runRule(RULE, withCells(base, [[afterReviewPending, written]]))).toEqual([
      {
        rule: RULE,
        severity: "error",
        message,
        location: expect.objectContaining({
          line: afterReviewPending,
          column: 2,
          template: { table: "t4", row: "litigation_after_review", column: "pending" },
        }),
      },
    ]);
  });

  it("does not fire cell by cell when the table has the wrong number of cells", async () => {
    const short = withLine(base, t4ValueLine(base, 0), null);
    const text = withCells(short, [[t4ValueLine(short, 3), "/"]]);
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("leaves an all-blank table to structure/table-empty", async () => {
    const blanked = blankValues(base, t4ValueLine(base, 0), t4ValueLine(base, 14));
    expect(runRule(RULE, blanked)).toEqual([]);
    expect(runRule(RULE, withCells(blanked, [[t4ValueLine(base, 0), "2"]]))).toMatchObject([
      {
        message: "表四有14个单元格为空（“行政复议”“行政诉讼（未经复议直接起诉）”“行政诉讼（复议后起诉）”），应填写非负整数（无则填0）。",
        location: { template: { table: "t4" } },
        places: Array.from({ length: 14 }, (_, i) => expect.objectContaining({ line: t4ValueLine(base, i + 1), template: expect.objectContaining({ table: "t4" }) })),
      },
    ]);
  });
});
