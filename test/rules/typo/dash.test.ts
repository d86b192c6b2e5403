import { seedText, seedCases } from "../../helpers/seeds";
import { dash } from "../../../src/core/rules/typo/dash";
import { report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_000 = "000_5a9a8d2bc98e1d44";
const at = (line: number, column: number, endColumn: number) => ({ kind: "text", line, column, endLine: line, endColumn });

testRule(dash, {
  valid: [
    ...seedCases(SEED_000),
    {
      name: "connectors, ranges, real dashes, page numbers and table placeholders stay",
      text: report({
        1: ["吐鲁番-哈密盆地", "2023--2024年度", "1-3月办理", "局领导抓总——综合部门牵头", "- 1 -"],
        2: ["行政许可\t--\t\t"],
      }),
    },
  ],
  invalid: [
    {
      name: "000: the four “--” of lines 12 and 16 as one finding with its four places",
      text: seedText(SEED_000),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "“领导抓总--综合部门”等4处中的“--”应改为破折号“——”。",
          expected: "——",
          actual: "--",
          location: at(12, 27, 29),
          places: [at(12, 27, 29), at(12, 35, 37), at(16, 196, 198), at(16, 204, 206)],
        },
      ],
    },
    {
      name: "groups only the same hyphens: “--” twice and “－－” once are two findings",
      text: report({ 1: ["抓总--综合部门牵头--业务部门落实。", "抓总－－综合部门牵头。"] }),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "“抓总--综合部门”等2处中的“--”应改为破折号“——”。",
          expected: "——",
          actual: "--",
          location: at(3, 3, 5),
          places: [at(3, 3, 5), at(3, 11, 13)],
        },
        { severity: "info", message: "“抓总－－综合部门”中的“－－”应改为破折号“——”。", expected: "——", actual: "－－", location: at(4, 3, 5) },
      ],
    },
    {
      name: "full-width hyphens, three hyphens, and a lone hyphen set off by spaces",
      text: report({ 1: ["抓总－－综合部门牵头。", "抓总---综合部门牵头。", "抓总 - 综合部门牵头。"] }),
      findings: [
        { severity: "info", location: { kind: "text", line: 3, column: 3 }, message: "“抓总－－综合部门”中的“－－”应改为破折号“——”。" },
        { severity: "info", location: { kind: "text", line: 4, column: 3 }, message: "“抓总---综合部门”中的“---”应改为破折号“——”。" },
        { severity: "info", location: { kind: "text", line: 5, column: 3 }, message: "“抓总 - 综合部门”中的“-”应改为破折号“——”。" },
      ],
    },
  ],
});
