import { BASE_REPORT, lineOf, recognised, replaceLine } from "../../helpers/base-report";
import { withTrialTable2 } from "../../helpers/seeds";
import { sectionMissing } from "../../../src/core/rules/structure/section-missing";
import { sectionTitleVariant } from "../../../src/core/rules/structure/section-title-variant";
import { testRule } from "../../helpers/rule-tester";

const FOUR = "四、政府信息公开行政复议、行政诉讼情况";
const FIVE = "五、存在的主要问题及改进情况";
const misread = replaceLine(BASE_REPORT, FOUR, "四、政府信息公开行政复议、行政拆讼情况");
const otherWords = replaceLine(BASE_REPORT, FOUR, "四、政府信息公开行政复议、行政申诉情况");
const variant = replaceLine(BASE_REPORT, FIVE, "五、存在的主要问题及改进措施");
const oldWording = replaceLine(BASE_REPORT, FOUR, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");
const misreadRecognised = { name: "in recognised text (OCR), a numbered heading with a misread character is its section's", document: recognised(misread) };

testRule(sectionTitleVariant, {
  valid: [
    { name: "the standard titles", text: BASE_REPORT },
    misreadRecognised,
    { name: "spaces inside a title", text: replaceLine(BASE_REPORT, FIVE, "五、存在的主要问题及改进情况 ") },
    {
      name: "a report in the 2019 trial format, whose titles were worded so",
      text: withTrialTable2(
        replaceLine(BASE_REPORT, FIVE, "五、政府信息公开工作存在的主要问题及改进情况").replace("2023年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告"),
      ),
    },
  ],
  invalid: [
    {
      name: "a known variant of section 五",
      text: variant,
      findings: [
        {
          severity: "warning",
          message: "第五部分标题应为“存在的主要问题及改进情况”，现为“存在的主要问题及改进措施”。",
          expected: "存在的主要问题及改进情况",
          actual: "存在的主要问题及改进措施",
          location: { line: lineOf(variant, "五、存在的主要问题及改进措施") },
        },
      ],
    },
    {
      name: "the regulation's old wording of section 四",
      text: oldWording,
      findings: [
        {
          severity: "warning",
          message: "第四部分标题应为“政府信息公开行政复议、行政诉讼情况”，现为“因政府信息公开工作被申请行政复议、提起行政诉讼情况”。",
          location: { line: lineOf(oldWording, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况") },
        },
      ],
    },
  ],
});

testRule(sectionMissing, {
  valid: [misreadRecognised],
  invalid: [
    // In a text layer the heading is not the section's.
    { name: "in a text layer, the misread heading is not the section's", text: misread, findings: [{ severity: "error", actual: "四、政府信息公开行政复议、行政拆讼情况" }] },
    // Other words are not forgiven.
    { name: "in recognised text, other words are not forgiven", document: recognised(otherWords), findings: [{ severity: "error" }] },
  ],
});
