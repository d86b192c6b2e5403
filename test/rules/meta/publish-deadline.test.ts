import { expect } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { metaPublishDeadline } from "../../../src/core/rules/meta/publish-deadline";
import { testRule } from "../../helpers/rule-tester";

const signed = (prefix: string, ...closing: string[]) => `${seed(prefix).trimEnd()}\n\n${closing.join("\n")}\n`;
const lateDepartment = signed("000", "北京市机关事务管理局", "2024年2月5日");
const government = edited(seed("004"), "北京市大兴区亦庄镇人民政府\n", "北京市大兴区人民政府\n");
const governmentSigned = (date: string) => `${government.trimEnd()}\n\n北京市大兴区人民政府\n${date}\n`;

testRule(metaPublishDeadline, {
  valid: [
    { name: "a county-level government within 31 March", text: governmentSigned("2024年3月20日") },
    { name: "a date within the deadline", text: signed("000", "北京市机关事务管理局", "2024年1月20日") },
    { name: "a date on the agency's line", text: signed("000", "北京市机关事务管理局 2024年1月31日") },
    { name: "a seed without a closing date", text: seed("000") },
    { name: "a date inside a sentence is not a closing date", text: signed("000", "本报告于2024年3月5日经局长办公会审议通过。") },
  ],
  invalid: [
    {
      name: "a department's closing date after 31 January of the next year",
      text: lateDepartment,
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "落款日期为2024年2月5日，晚于条例规定的2024年1月31日发布期限（政府部门）。",
          expected: "2024-01-31",
          actual: "2024-02-05",
          location: expect.objectContaining({ line: lateDepartment.trimEnd().split("\n").length }),
        },
      ],
    },
    {
      name: "a date in Chinese numerals, and a township's deadline of 31 January",
      text: signed("004", "北京市大兴区亦庄镇人民政府", "二〇二四年二月一日"),
      findings: [{ severity: "warning", message: "落款日期为2024年2月1日，晚于条例规定的2024年1月31日发布期限（乡镇、街道）。" }],
    },
    {
      name: "a county-level government after 31 March",
      text: governmentSigned("2024年4月2日"),
      findings: [{ severity: "warning", expected: "2024-03-31", actual: "2024-04-02" }],
    },
  ],
});
