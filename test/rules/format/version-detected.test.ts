import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { versionDetected } from "../../../src/core/rules/format/version-detected";
import { sectionMissing } from "../../../src/core/rules/structure/section-missing";
import { sectionNumberMissing } from "../../../src/core/rules/structure/section-number-missing";
import { tableMissing } from "../../../src/core/rules/structure/table-missing";
import { testRule } from "../../helpers/rule-tester";

/** A report of the old regulation's time: its own sections and statistics, none of the three tables. */
const PRE_2019_REPORT = [
  "北京市某某区城市管理委员会2015年政府信息公开工作年度报告",
  "一、概述",
  "2015年，本委认真贯彻落实《中华人民共和国政府信息公开条例》。",
  "二、依申请公开政府信息情况",
  "本年度共受理政府信息公开申请12件，其中当面申请5件，信函申请3件，网络申请4件。",
  "统计项目\t数量",
  "申请总数\t12",
  "三、政府信息公开的收费及减免情况",
  "本年度未收取任何费用。",
].join("\n");
const trial = replaceLine(BASE_REPORT, "信息内容\t本年制发件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量").replace(
  "2023年政府信息公开工作年度报告",
  "2020年政府信息公开工作年度报告",
);

testRule(versionDetected, {
  valid: [{ name: "a report in the 2021 format", text: BASE_REPORT }],
  invalid: [
    {
      name: "the 2019 trial format, at its first word",
      text: trial,
      findings: [
        {
          severity: "info",
          message: "本报告按2019年试行格式编制（适用于2019、2020年度报告）。",
          actual: "2019-trial",
          location: { line: lineOf(trial, "信息内容\t本年新制作数量") },
        },
      ],
    },
    {
      name: "the old regulation's format",
      text: PRE_2019_REPORT,
      findings: [
        {
          severity: "info",
          message: "本报告按旧条例时期（2008—2018年度）的格式编制，只做格式识别，不检查统计表。",
          location: { line: lineOf(PRE_2019_REPORT, "本年度共受理政府信息公开申请12件") },
        },
      ],
    },
  ],
});

// The 2021 structure checks stay out of a report of the old regulation's time.
for (const rule of [sectionMissing, tableMissing, sectionNumberMissing]) {
  testRule(rule, { valid: [{ name: "a report of the old regulation's time", text: PRE_2019_REPORT }], invalid: [] });
}
