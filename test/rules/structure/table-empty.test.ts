import { expect } from "vitest";
import { seedText } from "../../helpers/seeds";
import { BASE_REPORT, lineOf, lines } from "../../helpers/base-report";
import { tableEmpty } from "../../../src/core/rules/structure/table-empty";
import { table3ValueInt } from "../../../src/core/rules/table3/value-int";
import { table4ValueInt } from "../../../src/core/rules/table4/value-int";
import { testRule } from "../../helpers/rule-tester";

/** The report with every number of the lines from `from` to `to` (exclusive) blanked. */
function blankNumbers(text: string, from: string, to: string): string {
  const [start, end] = [lineOf(text, from), lineOf(text, to)];
  return lines(text)
    .map((line, index) => (index + 1 > start && index + 1 < end ? line.replace(/(^|\t)\d+/g, "$1") : line))
    .join("\n");
}

const unfilledTable3 = blankNumbers(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
const oneNumberLeft = blankNumbers(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理");

/** Seed 000 (one cell a line) with 表四's fifteen value cells blanked. */
function unfilledTable4(): string {
  const seed = seedText("000_5a9a8d2bc98e1d44");
  const all = lines(seed);
  // 表四's fifteen values stand one a line, followed by two blank lines and section 五's heading.
  const firstValue = lineOf(seed, "五、存在的主要问题及改进情况") - 17;
  all.splice(firstValue - 1, 15, ...Array<string>(15).fill("\t"));
  return all.join("\n");
}

testRule(tableEmpty, {
  valid: [
    { name: "filled tables", text: BASE_REPORT },
    { name: "a table with one number is the value checks'", text: oneNumberLeft },
  ],
  invalid: [
    {
      name: "an unfilled 表三, once",
      text: unfilledTable3,
      findings: [
        {
          severity: "error",
          message: "表三“收到和处理政府信息公开申请情况”未填写任何数值。",
          location: { line: lineOf(unfilledTable3, "（本列数据的勾稽关系为"), template: { table: "t3" } },
        },
      ],
    },
    {
      name: "an unfilled 表四 (seed 000, one cell a line, its fifteen value cells blanked)",
      text: unfilledTable4(),
      findings: [{ severity: "error", message: "表四“政府信息公开行政复议、行政诉讼情况”未填写任何数值。", location: { line: lineOf(unfilledTable4(), "行政复议") } }],
    },
  ],
});

// The value checks stay silent on an unfilled table: structure/table-empty reports it.
testRule(table3ValueInt, {
  valid: [{ name: "an unfilled 表三 is structure/table-empty's", text: unfilledTable3 }],
  invalid: [
    {
      name: "a table with one number: its blank cells, listed",
      text: oneNumberLeft,
      findings: [{ severity: "error", places: expect.toSatisfy((places: unknown[]) => places.length > 100) }],
    },
  ],
});
testRule(table4ValueInt, { valid: [{ name: "an unfilled 表四 is structure/table-empty's", text: unfilledTable4() }], invalid: [] });
