import { describe, expect, it } from "vitest";
import { checkText } from "../../../src/core/check";
import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "format/outdated-template";
const T2_2019_HEADER = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量";
const with2019Header = replaceLine(BASE_REPORT, "信息内容\t本年制发件数", T2_2019_HEADER);
const as2020Report = (text: string) => text.replace("2023年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告");

describe(RULE, () => {
  it("stays silent on the 2021 format", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports each 2019 trial word of 表二 in a 2023 report", async () => {
    const findings = runRule(RULE, with2019Header);
    const line = lineOf(with2019Header, T2_2019_HEADER);
    expect(findings.map((finding) => [finding.severity, finding.actual, finding.location.line])).toEqual([
      ["error", "本年新制作数量", line],
      ["error", "本年新公开数量", line],
      ["error", "对外公开总数量", line],
    ]);
    expect(findings[0].message).toBe("检测到2019年试行格式的表二用语“本年新制作数量”，2023年度报告应使用国办公开办函〔2021〕30号印发的新格式。");
  });

  it("reports a word once, at its first place", async () => {
    const text = replaceLine(with2019Header, "信息内容\t本年处理决定数量", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量").replace(
      "信息内容\t本年处理决定数量",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
    );
    const findings = runRule(RULE, text);
    const firstLine = lineOf(text, "信息内容\t上一年项目数量");
    expect(findings.filter((finding) => finding.actual === "上一年项目数量").map((finding) => finding.location.line)).toEqual([firstLine]);
    expect(findings.map((finding) => finding.actual)).toEqual(["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减"]);
  });

  it("leaves 2019 and 2020 reports to their own format", async () => {
    const text = as2020Report(with2019Header);
    expect((await checkText("report.txt", text)).report!.formatVersion).toBe("2019-trial");
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("does not count the words in running text", async () => {
    const text = BASE_REPORT.replace("全年主动公开政府信息120条", "全年主动公开政府集中采购等信息120条");
    expect(runRule(RULE, text)).toEqual([]);
  });
});
