import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "format/version-detected";

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

describe(RULE, () => {
  it("says nothing about a report in the 2021 format", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("names the 2019 trial format at its first word", async () => {
    const text = replaceLine(BASE_REPORT, "信息内容\t本年制发件数", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量").replace(
      "2023年政府信息公开工作年度报告",
      "2020年政府信息公开工作年度报告",
    );
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", actual: "2019-trial", location: { line: lineOf(text, "信息内容\t本年新制作数量") } });
    expect(findings[0].message).toBe("本报告按2019年试行格式编制（适用于2019、2020年度报告）。");
  });

  it("names the old regulation's format, and the 2021 structure checks stay out of it", async () => {
    const findings = runRule(RULE, PRE_2019_REPORT);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["本报告按旧条例时期（2008—2018年度）的格式编制，只做格式识别，不检查统计表。", lineOf(PRE_2019_REPORT, "本年度共受理政府信息公开申请12件")],
    ]);
    for (const rule of ["structure/section-missing", "structure/table-missing", "structure/section-number-missing"]) {
      expect(runRule(rule, PRE_2019_REPORT)).toEqual([]);
    }
  });
});
