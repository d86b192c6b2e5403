import { expect } from "vitest";
import { blankValues, seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table2ValueInt } from "../../../src/core/rules/table2/value-int";
import { testRule } from "../../helpers/rule-tester";

const base = seed004();
const penalty = valueLine(base, "行政处罚", 0);
const fees = valueLine(base, "行政事业性收费", 0);
const inForce = valueLine(base, "行政规范性文件", 2);
const blanked = blankValues(base, valueLine(base, "规章", 0), fees);

testRule(table2ValueInt, {
  valid: [
    { name: "a decimal amount in 行政事业性收费", text: withCells(base, [[fees, "12.35"]]) },
    { name: "an all-blank table is structure/table-empty's", text: blanked },
  ],
  invalid: [
    ...[
      ["", "表二“行政处罚—本年处理决定数量”为空，应填写非负整数（无则填0）。"],
      ["/", "表二“行政处罚—本年处理决定数量”填写为“/”，应填写非负整数（无则填0）。"],
      ["无", "表二“行政处罚—本年处理决定数量”填写为“无”，应填写非负整数（无则填0）。"],
      ["-3", "表二“行政处罚—本年处理决定数量”填写为“-3”，应填写非负整数。"],
      ["10.5", "表二“行政处罚—本年处理决定数量”填写为“10.5”，应填写非负整数。"],
    ].map(([written, message]) => ({
      name: `a count written ${JSON.stringify(written)}`,
      text: withCells(base, [[penalty, written]]),
      exact: true,
      findings: [
        {
          severity: "error" as const,
          message,
          location: expect.objectContaining({ line: penalty, column: 2, template: { table: "t2", row: "penalty", column: "value" } }),
        },
      ],
    })),
    {
      name: "the columns of 第二十条第（一）项 named",
      text: withCells(base, [[inForce, "/"]]),
      findings: [
        {
          severity: "error",
          message: "表二“行政规范性文件—现行有效件数”填写为“/”，应填写非负整数（无则填0）。",
          location: { line: inForce, template: { table: "t2", row: "normative_documents", column: "in_force" } },
        },
      ],
    },
    {
      name: "a negative amount in 行政事业性收费",
      text: withCells(base, [[fees, "-1.5"]]),
      findings: [{ severity: "error", message: "表二“行政事业性收费—本年收费金额（单位：万元）”填写为“-1.5”，应填写以万元为单位的非负数。" }],
    },
    {
      name: "an empty amount in 行政事业性收费",
      text: withCells(base, [[fees, ""]]),
      findings: [{ severity: "error", message: "表二“行政事业性收费—本年收费金额（单位：万元）”为空，应填写以万元为单位的非负数（无则填0）。" }],
    },
    {
      name: "a table filled in part: its blank cells as one finding",
      text: withCells(blanked, [[penalty, "1044"]]),
      findings: [
        {
          severity: "error",
          message: "表二有9个单元格为空（“规章”“行政规范性文件”“行政许可”等5行），应填写数值（无则填0）。",
          places: Array.from({ length: 9 }, () => expect.anything()),
        },
      ],
    },
  ],
});
