import { seedText, seedCases } from "../../helpers/seeds";
import { term } from "../../../src/core/rules/typo/term";
import { report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_003 = "003_f34c183db723c9dd";

testRule(term, {
  valid: [
    ...seedCases(SEED_003),
    {
      name: "words that merely contain the letters",
      text: report({ 1: ["文件流转结束后归档，周转结算及时，运转结果良好。", "依据《政府信息公开信息处理费管理办法》办理。", "依申请公开工作规范有序。"] }),
    },
  ],
  invalid: [
    {
      name: "003: “转结” on line 11 and “信息公开处理费” on line 82",
      text: seedText(SEED_003),
      findings: [
        {
          severity: "info",
          message: "“上年转结数量”应为“上年结转数量”。",
          expected: "结转",
          location: { kind: "text", line: 11, column: 41, endLine: 11, endColumn: 43 },
        },
        { severity: "info", location: { line: 82, column: 11 }, message: "“收取信息公开处理费”应为“收取信息处理费”。" },
      ],
    },
    {
      name: "the other wrong words, in the text and in a table row label",
      text: report({
        1: ["本机关政务公开年报已按时发布。", "收到依申请公开申请5件，转结下年度办理1件。", "本年度未收取政府信息公开处理费。"],
        3: ["二、上年度转结政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0"],
      }),
      findings: [
        { severity: "info", location: { line: 3, column: 4 }, message: "“机关政务公开年报已按”应为“机关政府信息公开工作年度报告已按”。" },
        { severity: "info", location: { line: 4, column: 3 }, message: "“收到依申请公开申请5件”应为“收到政府信息公开申请5件”。" },
        { severity: "info", location: { line: 4, column: 13 }, message: "“转结下年”应为“结转下年”。" },
        { severity: "info", location: { line: 5, column: 7 }, message: "“收取政府信息公开处理费”应为“收取信息处理费”。" },
        { severity: "info", location: { line: 9, column: 6 }, message: "“年度转结政府”应为“年度结转政府”。" },
      ],
    },
  ],
});
