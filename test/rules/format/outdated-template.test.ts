import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { outdatedTemplate } from "../../../src/core/rules/format/outdated-template";
import { testRule } from "../../helpers/rule-tester";

const T2_2019_HEADER = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量";
const with2019Header = replaceLine(BASE_REPORT, "信息内容\t本年制发件数", T2_2019_HEADER);
const header2019Line = lineOf(with2019Header, T2_2019_HEADER);
const as2020Report = (text: string) => text.replace("2023年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告");
const wordTwice = replaceLine(with2019Header, "信息内容\t本年处理决定数量", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量").replace(
  "信息内容\t本年处理决定数量",
  "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
);

testRule(outdatedTemplate, {
  valid: [
    { name: "the 2021 format", text: BASE_REPORT },
    { name: "a 2020 report, in its own format", text: as2020Report(with2019Header), version: "2019-trial" },
    { name: "the words in running text", text: BASE_REPORT.replace("全年主动公开政府信息120条", "全年主动公开政府集中采购等信息120条") },
  ],
  invalid: [
    {
      name: "each 2019 trial word of 表二 in a 2023 report",
      text: with2019Header,
      findings: [
        {
          severity: "error",
          actual: "本年新制作数量",
          message: "检测到2019年试行格式的表二用语“本年新制作数量”，2023年度报告应使用国办公开办函〔2021〕30号印发的新格式。",
          location: { line: header2019Line },
        },
        { severity: "error", actual: "本年新公开数量", location: { line: header2019Line } },
        { severity: "error", actual: "对外公开总数量", location: { line: header2019Line } },
      ],
    },
    {
      name: "a word once, at its first place",
      text: wordTwice,
      findings: [
        { severity: "error", actual: "本年新制作数量" },
        { severity: "error", actual: "本年新公开数量" },
        { severity: "error", actual: "对外公开总数量" },
        { severity: "error", actual: "上一年项目数量", location: { line: lineOf(wordTwice, "信息内容\t上一年项目数量") } },
        { severity: "error", actual: "本年增/减" },
      ],
    },
  ],
});
