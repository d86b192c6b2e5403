import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { metaPublishDeadline } from "../../../src/core/rules/meta/publish-deadline";
import { runRule } from "../../helpers/rule-tester";

const signed = (prefix: string, ...closing: string[]) => `${seed(prefix).trimEnd()}\n\n${closing.join("\n")}\n`;

describe("meta/publish-deadline", () => {
  it("fires when a department's closing date is after 31 January of the next year", () => {
    const text = signed("000", "北京市机关事务管理局", "2024年2月5日");
    expect(runRule(metaPublishDeadline, text)).toEqual([
      {
        rule: "meta/publish-deadline",
        severity: "warning",
        message: "落款日期为2024年2月5日，晚于条例规定的2024年1月31日发布期限（政府部门）。",
        expected: "2024-01-31",
        actual: "2024-02-05",
        location: expect.objectContaining({ line: text.trimEnd().split("\n").length }),
      },
    ]);
  });

  it("reads a date in Chinese numerals, and a township's deadline is 31 January", () => {
    expect(runRule(metaPublishDeadline, signed("004", "北京市大兴区亦庄镇人民政府", "二〇二四年二月一日"))).toMatchObject([
      { message: "落款日期为2024年2月1日，晚于条例规定的2024年1月31日发布期限（乡镇、街道）。" },
    ]);
  });

  it("gives a county-level government until 31 March", () => {
    const government = edited(seed("004"), "北京市大兴区亦庄镇人民政府\n", "北京市大兴区人民政府\n");
    const withDate = (date: string) => `${government.trimEnd()}\n\n北京市大兴区人民政府\n${date}\n`;
    expect(runRule(metaPublishDeadline, withDate("2024年3月20日"))).toEqual([]);
    expect(runRule(metaPublishDeadline, withDate("2024年4月2日"))).toMatchObject([{ expected: "2024-03-31", actual: "2024-04-02" }]);
  });

  it.each([
    ["a date within the deadline", signed("000", "北京市机关事务管理局", "2024年1月20日")],
    ["a date on the agency's line", signed("000", "北京市机关事务管理局 2024年1月31日")],
    ["a seed without a closing date", seed("000")],
  ])("does not fire on %s", (_, text) => {
    expect(runRule(metaPublishDeadline, text)).toEqual([]);
  });

  it("a date inside a sentence is not a closing date", () => {
    expect(runRule(metaPublishDeadline, signed("000", "本报告于2024年3月5日经局长办公会审议通过。"))).toEqual([]);
  });
});
