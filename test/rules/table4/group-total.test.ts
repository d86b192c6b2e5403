import { expect } from "vitest";
import { seed004, t4ValueLine, withCells, withLine } from "../../helpers/seed-edits";
import { table4GroupTotal } from "../../../src/core/rules/table4/group-total";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const reviewTotal = t4ValueLine(base, 4);
const afterReviewPending = t4ValueLine(base, 13);
const directUpheld = t4ValueLine(base, 5);
const reviewUpheld = t4ValueLine(base, 0);

testRule(table4GroupTotal, {
  valid: [
    { name: "a result moves inside a group", text: withCells(base, [[directUpheld, "1"], [directUpheld + 3, "4"]]) },
    { name: "a group with a blank cell is not added up", text: withCells(base, [[reviewUpheld, ""]]) },
    { name: "a table with the wrong number of cells is not added up", text: withLine(base, reviewUpheld, null) },
  ],
  invalid: [
    {
      name: "a group's 总计 is not 维持 + 纠正 + 其他 + 尚未审结",
      text: withCells(base, [[reviewTotal, "3"]]),
      exact: true,
      findings: [
        {
          severity: "error",
          message: "表四“行政复议”：结果维持2 + 结果纠正0 + 其他结果0 + 尚未审结0 = 2，“总计”填写为3。",
          expected: 2,
          actual: 3,
          location: expect.objectContaining({ line: reviewTotal, column: 2, template: { table: "t4", row: "review", column: "total" } }),
        },
      ],
    },
    {
      name: "the litigation groups named as the format does",
      text: withCells(base, [[afterReviewPending, "1"]]),
      findings: [
        {
          severity: "error",
          message: "表四“行政诉讼（复议后起诉）”：结果维持0 + 结果纠正0 + 其他结果0 + 尚未审结1 = 1，“总计”填写为2。",
          location: { line: afterReviewPending + 1, template: { table: "t4", row: "litigation_after_review", column: "total" } },
        },
      ],
    },
  ],
});
