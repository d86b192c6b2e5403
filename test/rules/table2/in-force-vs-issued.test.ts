import { describe, expect, it } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table2/in-force-vs-issued";
const NORMATIVE = "行政规范性文件";

describe(RULE, () => {
  const base = seed004();
  const issued = valueLine(base, NORMATIVE, 0);

  it("fires when 现行有效 is below 本年制发 − 本年废止", async () => {
    expect(runRule(RULE, withCells(base, [[issued, "12"]]))).toEqual([
      {
        rule: RULE,
        severity: "warning",
        message: "表二“行政规范性文件”本年制发12件、本年废止0件，现行有效件数应不少于12，但填写为1，请核实。",
        expected: 12,
        actual: 1,
        location: expect.objectContaining({ line: issued + 2, column: 2, template: { table: "t2", row: "normative_documents", column: "in_force" } }),
      },
    ]);
  });

  it("fires when documents were issued but none is in force", async () => {
    const regulations = valueLine(base, "规章", 0);
    const [finding] = runRule(RULE, withCells(base, [[regulations, "2"]]));
    expect(finding).toMatchObject({ expected: 2, actual: 0, location: { line: regulations + 2, template: { table: "t2", row: "regulations" } } });
  });

  it("does not fire when the repealed ones make up the difference, or a cell is not a count", async () => {
    expect(runRule(RULE, withCells(base, [[issued, "3"], [issued + 1, "2"]]))).toEqual([]);
    expect(runRule(RULE, withCells(base, [[issued, "1"]]))).toEqual([]);
    expect(runRule(RULE, withCells(base, [[issued, "12"], [issued + 2, "/"]]))).toEqual([]);
  });
});
