import { titleMissing } from "../../../src/core/rules/structure/title-missing";
import { BASE_REPORT, removeLines } from "../../helpers/base-report";
import { testRule } from "../../helpers/rule-tester";

const withoutTitle = removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "依据《中华人民共和国政府信息公开条例》");
const MESSAGE = "未找到报告标题，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。";

testRule(titleMissing, {
  valid: [
    { name: "the title is there", text: BASE_REPORT },
    { name: "a title broken over two lines", text: BASE_REPORT.replace("2023年政府信息公开工作年度报告", "2023年政府信息公开工作\n\n年度报告") },
  ],
  invalid: [
    { name: "a missing title, at the document's first line", text: withoutTitle, findings: [{ severity: "error", message: MESSAGE, location: { line: 1 } }] },
    {
      name: "a title after the first five lines is not looked for",
      text: ["第一行", "第二行", "第三行", "第四行", "第五行", BASE_REPORT].join("\n"),
      findings: [{ severity: "error", location: { line: 1 } }],
    },
  ],
});
