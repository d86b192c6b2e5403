import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, removeLines } from "../../helpers/base-report";
import { sectionEmpty } from "../../../src/core/rules/structure/section-empty";
import { testRule } from "../../helpers/rule-tester";

const withoutSection1 = (text: string) => removeLines(text, "2023年，北京市某某区城市管理委员会认真", "二、主动公开政府信息情况");
const section1Empty = withoutSection1(BASE_REPORT);
const whiteSpace = BASE_REPORT.replace(/六、其他需要报告的事项\n.*$/, "六、其他需要报告的事项\n\u3000\u3000\n  ");
const nothingToReport = BASE_REPORT.replace(/六、其他需要报告的事项\n.*$/, "六、其他需要报告的事项\n无其他需要报告的事项。");
const tableOnly = removeLines(BASE_REPORT, "政府信息公开的及时性有待提高", "六、其他需要报告的事项");

testRule(sectionEmpty, {
  valid: [
    { name: "every section has text or a table", text: BASE_REPORT },
    { name: "a line saying there is nothing to report is content", text: nothingToReport },
  ],
  invalid: [
    {
      name: "a section with nothing between its heading and the next",
      text: section1Empty,
      findings: [{ severity: "error", message: "第一部分“总体情况”无内容。", location: { line: lineOf(section1Empty, "一、总体情况") } }],
    },
    {
      name: "lines of white space are nothing",
      text: whiteSpace,
      findings: [{ severity: "error", message: "第六部分“其他需要报告的事项”无内容。", location: { line: lineOf(whiteSpace, "六、其他需要报告的事项") } }],
    },
    {
      name: "a section left empty beside one saying there is nothing to report",
      text: withoutSection1(nothingToReport),
      findings: [{ severity: "error", message: "第一部分“总体情况”无内容。" }],
    },
    {
      name: "a table is content: only the section with neither text nor table",
      text: tableOnly,
      findings: [{ severity: "error", location: { line: lineOf(tableOnly, "五、存在的主要问题及改进情况") } }],
    },
  ],
});

describe("structure/section-empty", () => {
  it("the “nothing to report” case edits the report", () => {
    expect(nothingToReport).not.toBe(BASE_REPORT);
  });
});
