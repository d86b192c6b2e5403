import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { sectionNumberMissing } from "../../../src/core/rules/structure/section-number-missing";
import { testRule } from "../../helpers/rule-tester";

const HEADING = "三、收到和处理政府信息公开申请情况";
const unnumbered = replaceLine(BASE_REPORT, HEADING, "收到和处理政府信息公开申请情况");
const misnumbered = replaceLine(BASE_REPORT, HEADING, "四、收到和处理政府信息公开申请情况");
const twoUnnumbered = ["一、总体情况", HEADING].reduce((edited, heading) => replaceLine(edited, heading, heading.slice(2)), BASE_REPORT);

testRule(sectionNumberMissing, {
  valid: [
    { name: "every heading carries its numeral", text: BASE_REPORT },
    { name: "the numeral's punctuation does not matter", text: replaceLine(BASE_REPORT, HEADING, "三．收到和处理政府信息公开申请情况") },
  ],
  invalid: [
    {
      name: "a heading without its numeral",
      text: unnumbered,
      findings: [
        {
          severity: "warning",
          message: "第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。",
          expected: "三、",
          actual: null,
          location: { line: lineOf(unnumbered, "收到和处理政府信息公开申请情况") },
        },
      ],
    },
    {
      name: "a heading numbered for another place",
      text: misnumbered,
      findings: [
        {
          severity: "warning",
          message: "第三部分标题“四、收到和处理政府信息公开申请情况”序号应为“三”，现为“四”。",
          location: { line: lineOf(misnumbered, "四、收到和处理政府信息公开申请情况") },
        },
      ],
    },
    {
      name: "several headings as one finding listing each, with every heading's place",
      text: twoUnnumbered,
      findings: [
        {
          severity: "warning",
          message: "2个部分的标题序号缺失或不符：第一部分标题“总体情况”缺少序号“一、”；第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。",
          location: { line: lineOf(twoUnnumbered, "总体情况") },
          places: [{ line: lineOf(twoUnnumbered, "总体情况") }, { line: lineOf(twoUnnumbered, "收到和处理政府信息公开申请情况") }],
        },
      ],
    },
  ],
});
