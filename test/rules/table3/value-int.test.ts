import { describe, expect, it } from "vitest";
import { blankValues, seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { table3ValueInt } from "../../../src/core/rules/table3/value-int";
import { testRule } from "../../helpers/rule-tester";

const CARRIED_OVER = "二、上年结转政府信息公开申请数量";
const base = seed004();
const research = valueLine(base, CARRIED_OVER, 2);
const first = valueLine(base, "一、本年新收政府信息公开申请数量", 0);
const last = valueLine(base, "四、结转下年度继续办理", 6);
const blanked = blankValues(base, first, last);
/** The table's value cells written “0”, each left blank, but one “/” and one “-1”. */
const zeros = base
  .split("\n")
  .map((text, index) => ({ line: index + 1, text }))
  .filter(({ line, text }) => text === "\t0" && line > first && line <= last)
  .map(({ line }) => line);
const slash = valueLine(base, "1.本机关不掌握相关政府信息", 2, "（四）无法提供");
const negative = valueLine(base, "1.本机关不掌握相关政府信息", 3, "（四）无法提供");
const zerosLeftBlank = withCells(
  base,
  zeros.map((line) => [line, line === slash ? "/" : line === negative ? "-1" : ""]),
);

testRule(table3ValueInt, {
  valid: [
    { name: "a count written with surrounding or full-width spaces", text: withCells(base, [[research, "\u30000 "]]) },
    { name: "an all-blank table is structure/table-empty's", text: blanked },
  ],
  invalid: [
    ...[
      ["", "表三“二、上年结转政府信息公开申请数量—科研机构”为空，应填写非负整数（无则填0）。"],
      ["/", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“/”，应填写非负整数（无则填0）。"],
      ["—", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“—”，应填写非负整数（无则填0）。"],
      ["-1", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“-1”，应填写非负整数。"],
      ["0.5", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“0.5”，应填写非负整数。"],
    ].map(([written, message]) => ({
      name: `a cell written ${JSON.stringify(written)}`,
      text: withCells(base, [[research, written]]),
      exact: true,
      findings: [
        {
          severity: "error" as const,
          message,
          location: expect.objectContaining({ line: research, column: 2, template: { table: "t3", row: "carried_over", column: "research" } }),
        },
      ],
    })),
    {
      // One value left: the table is filled in part, and its other cells are one finding.
      name: "a table filled in part",
      text: withCells(blanked, [[first, "33"]]),
      findings: [
        {
          severity: "error",
          message:
            "表三有174个单元格为空（“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”“（一）予以公开”等25行），应填写非负整数（无则填0）。",
        },
      ],
    },
    {
      name: "the zeros a report leaves blank: one finding for the table, listing every cell; a negative stays its own",
      text: zerosLeftBlank,
      findings: [
        {
          severity: "error",
          message: `表三有${zeros.length - 1}个单元格为空或填写为“/”（“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”“（一）予以公开”等25行），应填写非负整数（无则填0）。`,
          location: expect.objectContaining({ template: { table: "t3" } }),
          places: zeros
            .filter((line) => line !== negative)
            .map((line) => ({ line, column: 2, template: { table: "t3", row: expect.stringMatching(/./), column: expect.stringMatching(/./) } })),
        },
        { severity: "error", message: "表三“（四）无法提供—1.本机关不掌握相关政府信息—社会公益组织”填写为“-1”，应填写非负整数。" },
      ],
    },
  ],
});

describe("table3/value-int", () => {
  it("the blank-zeros case's “/” cell was a “0”", () => {
    expect(base.split("\n")[slash - 1]).toBe("\t0");
  });
});
