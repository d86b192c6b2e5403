import { BASE_REPORT, lineOf, removeLines, replaceLine } from "../../helpers/base-report";
import { sectionMissing } from "../../../src/core/rules/structure/section-missing";
import { testRule } from "../../helpers/rule-tester";

const noSix = removeLines(BASE_REPORT, "六、其他需要报告的事项");
const noOne = removeLines(BASE_REPORT, "一、总体情况", "二、主动公开政府信息情况");
const noThree = removeLines(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
const fiveReworded = replaceLine(BASE_REPORT, "五、存在的主要问题及改进情况", "五、工作中的不足与下一步打算");
const fiveUnnumbered = replaceLine(BASE_REPORT, "五、存在的主要问题及改进情况", "工作中的不足与下一步打算");

testRule(sectionMissing, {
  valid: [{ name: "all six sections are there", text: BASE_REPORT }],
  invalid: [
    {
      name: "a missing last section, after the last line of the one before",
      text: noSix,
      findings: [
        {
          severity: "error",
          message: "缺少第六部分“其他需要报告的事项”。",
          expected: "六、其他需要报告的事项",
          location: { line: lineOf(noSix, "政府信息公开的及时性有待提高") },
        },
      ],
    },
    {
      name: "a missing first section, after the preamble",
      text: noOne,
      findings: [{ severity: "error", message: "缺少第一部分“总体情况”。", location: { line: lineOf(noOne, "依据《中华人民共和国政府信息公开条例》") } }],
    },
    {
      name: "a section with its table gone, after the table before it",
      text: noThree,
      findings: [{ severity: "error", location: { line: lineOf(noThree, "行政事业性收费") } }],
    },
    {
      name: "a numbered heading whose words are not recognised, named",
      text: fiveReworded,
      findings: [
        {
          severity: "error",
          message:
            "标题“五、工作中的不足与下一步打算”不是规定的名称，无法识别为第五部分“存在的主要问题及改进情况”，应写作“五、存在的主要问题及改进情况”。",
          actual: "五、工作中的不足与下一步打算",
          location: { line: lineOf(fiveReworded, "五、工作中的不足与下一步打算") },
        },
      ],
    },
    {
      name: "without a numeral, at the end of the gap",
      text: fiveUnnumbered,
      findings: [{ severity: "error", message: "缺少第五部分“存在的主要问题及改进情况”。", location: { line: lineOf(fiveUnnumbered, "政府信息公开的及时性有待提高") } }],
    },
  ],
});
