import { expect } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table2InForceVsIssued } from "../../../src/core/rules/table2/in-force-vs-issued";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const issued = valueLine(base, "行政规范性文件", 0);
const regulations = valueLine(base, "规章", 0);

testRule(table2InForceVsIssued, {
  valid: [
    { name: "the repealed ones make up the difference", text: withCells(base, [[issued, "3"], [issued + 1, "2"]]) },
    { name: "as many issued as in force", text: withCells(base, [[issued, "1"]]) },
    { name: "a cell that is not a count", text: withCells(base, [[issued, "12"], [issued + 2, "/"]]) },
  ],
  invalid: [
    {
      name: "现行有效 below 本年制发 − 本年废止",
      text: withCells(base, [[issued, "12"]]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "表二“行政规范性文件”本年制发12件、本年废止0件，现行有效件数应不少于12，但填写为1，请核实。",
          expected: 12,
          actual: 1,
          location: expect.objectContaining({ line: issued + 2, column: 2, template: { table: "t2", row: "normative_documents", column: "in_force" } }),
        },
      ],
    },
    {
      name: "documents issued but none in force",
      text: withCells(base, [[regulations, "2"]]),
      findings: [{ severity: "warning", expected: 2, actual: 0, location: { line: regulations + 2, template: { table: "t2", row: "regulations" } } }],
    },
  ],
});
