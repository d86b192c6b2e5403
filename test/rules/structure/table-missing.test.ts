import { BASE_REPORT, lineOf, removeLines } from "../../helpers/base-report";
import { tableMissing } from "../../../src/core/rules/structure/table-missing";
import { testRule } from "../../helpers/rule-tester";

const sentenceForTable = removeLines(BASE_REPORT, "（本列数据的勾稽关系为", "四、政府信息公开行政复议、行政诉讼情况").replace(
  "三、收到和处理政府信息公开申请情况",
  "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请4件，均已按期答复。",
);
const noFour = removeLines(BASE_REPORT, "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");

testRule(tableMissing, {
  valid: [{ name: "the three tables are there", text: BASE_REPORT }],
  invalid: [
    {
      name: "a table replaced by a sentence, at its section's heading",
      text: sentenceForTable,
      findings: [
        {
          severity: "error",
          message: "第三部分未按格式使用表三“收到和处理政府信息公开申请情况”统计表。",
          location: { line: lineOf(sentenceForTable, "三、收到和处理政府信息公开申请情况"), template: { table: "t3" } },
        },
      ],
    },
    {
      name: "the table of a missing section, where the section should have been",
      text: noFour,
      findings: [{ severity: "error", message: "第四部分未按格式使用表四“政府信息公开行政复议、行政诉讼情况”统计表。", location: { line: lineOf(noFour, "四、结转下年度继续办理") } }],
    },
  ],
});
