import { BASE_REPORT, lineOf, removeLines, replaceLine } from "../../helpers/base-report";
import { titleAgencyAbbrev } from "../../../src/core/rules/structure/title-agency-abbrev";
import { testRule } from "../../helpers/rule-tester";

const SHORT_TITLE = "某某区城管委2023年政府信息公开工作年度报告";
const shortTitled = replaceLine(removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "2023年"), "2023年政府信息公开工作年度报告", SHORT_TITLE);
const withPlaceName = `${shortTitled}\n如需了解更多政府信息，请登录北京市某某区城市管理委员会网站查询。`;

testRule(titleAgencyAbbrev, {
  valid: [
    { name: "the title uses the name the body uses", text: BASE_REPORT },
    {
      name: "characters spread over a long stretch are not a name",
      text: shortTitled.replace("北京市某某区城市管理委员会认真", "某某区城市环境与公共设施综合管理委员会认真"),
    },
  ],
  invalid: [
    {
      name: "the body's longer name that holds the title's characters in order",
      text: shortTitled,
      findings: [
        {
          severity: "info",
          message: "标题机关名“某某区城管委”疑为简称，正文使用“某某区城市管理委员会”，建议标题使用全称。",
          expected: "某某区城市管理委员会",
          actual: "某某区城管委",
          location: { line: 1 },
        },
      ],
    },
    {
      name: "the place name that stands before the full name wherever the body uses it",
      text: withPlaceName,
      findings: [{ severity: "info", expected: "北京市某某区城市管理委员会", location: { line: lineOf(withPlaceName, SHORT_TITLE) } }],
    },
    {
      name: "a cut-off ending completed: 区政府办 → 区人民政府办公室",
      text: replaceLine(
        removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "2023年"),
        "2023年政府信息公开工作年度报告",
        "某某区政府办2023年政府信息公开工作年度报告",
      ).replace("北京市某某区城市管理委员会认真", "某某区人民政府办公室认真"),
      findings: [{ severity: "info", expected: "某某区人民政府办公室" }],
    },
  ],
});
