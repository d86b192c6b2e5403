import { edited, seed } from "../../helpers/text-edits";
import { section1GovtAssessment } from "../../../src/core/rules/section1/govt-assessment";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

const MESSAGE = "本报告为人民政府年报，未见“社会评议”“责任追究结果”情况。";

testRule(section1GovtAssessment, {
  valid: [
    { name: "all three reported", text: edited(seed("004"), "认真落实第三方测评反馈情况", "开展社会评议1次，本年度未发生责任追究情况") },
    // Not a government: the departments' seeds.
    ...seedCases("004"),
  ],
  invalid: [
    {
      name: "seed 004, a township government: 考核 is there, 社会评议 and 责任追究 are not (rules.md §I)",
      text: seed("004"),
      exact: true,
      findings: [{ severity: "warning", message: MESSAGE, location: { kind: "text", line: 7, column: 1, endLine: 7, endColumn: 7 } }],
    },
    {
      name: "only what is missing is named",
      text: edited(seed("004"), "认真落实第三方测评反馈情况", "认真落实第三方测评反馈情况，开展社会评议1次"),
      findings: [{ severity: "warning", message: "本报告为人民政府年报，未见“责任追究结果”情况。" }],
    },
    {
      name: "a county-level government",
      text: edited(seed("004"), "北京市大兴区亦庄镇人民政府\n", "北京市大兴区人民政府\n"),
      findings: [{ severity: "warning", message: MESSAGE }],
    },
  ],
});
