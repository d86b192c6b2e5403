import { describe, expect, it } from "vitest";
import { blankValues, ruleFindings, seed004, valueLine, withCells } from "./seed-edits.testing";

const RULE = "table3/value-int";
const CARRIED_OVER = "二、上年结转政府信息公开申请数量";

describe(RULE, () => {
  const base = seed004();
  const research = valueLine(base, CARRIED_OVER, 2);

  it.each([
    ["", "表三“二、上年结转政府信息公开申请数量—科研机构”为空，应填写非负整数（无则填0）。"],
    ["/", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“/”，应填写非负整数（无则填0）。"],
    ["—", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“—”，应填写非负整数（无则填0）。"],
    ["-1", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“-1”，应填写非负整数。"],
    ["0.5", "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“0.5”，应填写非负整数。"],
  ])("fires on a cell written %j", async (written, message) => {
    const findings = await ruleFindings(withCells(base, [[research, written]]), RULE);
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message,
        location: expect.objectContaining({ line: research, textColumn: 2, table: "t3", row: "carried_over", column: "research" }),
      },
    ]);
  });

  it("accepts counts written with surrounding or full-width spaces", async () => {
    expect(await ruleFindings(withCells(base, [[research, "\u30000 "]]), RULE)).toEqual([]);
  });

  it("leaves an all-blank table to structure/table-empty", async () => {
    const first = valueLine(base, "一、本年新收政府信息公开申请数量", 0);
    const blanked = blankValues(base, first, valueLine(base, "四、结转下年度继续办理", 6));
    expect(await ruleFindings(blanked, RULE)).toEqual([]);
    // One value left: the table is filled in part, and every other cell is reported.
    expect(await ruleFindings(withCells(blanked, [[first, "33"]]), RULE)).toHaveLength(25 * 7 - 1);
  });
});
