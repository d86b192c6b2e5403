import { describe, expect, it } from "vitest";
import { checkText } from "../../../src/core/check";
import { BASE_REPORT, removeLines, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/title-pattern";
const TITLE_LINE = "2023年政府信息公开工作年度报告";
const retitled = (title: string) => replaceLine(BASE_REPORT, TITLE_LINE, title);

describe(RULE, () => {
  it("accepts the standard title, with the agency on a line of its own", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("accepts “2023年度” and spaces around the year", async () => {
    expect(runRule(RULE, retitled("2023年度政府信息公开工作年度报告"))).toEqual([]);
    expect(runRule(RULE, retitled(" 2023 年政府信息公开工作年度报告"))).toEqual([]);
  });

  it("reports a title that names the report otherwise", async () => {
    const findings = runRule(RULE, retitled("2023年政务公开工作年度报告"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      actual: "北京市某某区城市管理委员会2023年政务公开工作年度报告",
      location: { line: 1, endLine: 2 },
    });
    expect(findings[0].message).toBe(
      "标题“北京市某某区城市管理委员会2023年政务公开工作年度报告”与规定名称不符，应为“政府信息公开工作年度报告”，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。",
    );
  });

  it("reports a title without a year", async () => {
    const text = removeLines(retitled("北京市某某区城市管理委员会政府信息公开工作年度报告"), "北京市某某区城市管理委员会", "北京市某某区城市管理委员会政府信息公开工作年度报告");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => finding.message)).toEqual([
      "标题“北京市某某区城市管理委员会政府信息公开工作年度报告”缺少报告年度，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。",
    ]);
  });

  it.each([
    ["2019年北京市某某区城市管理委员会政府信息公开工作年度报告", "北京市某某区城市管理委员会", "department", 2019],
    ["2019年度北京市某某区城市管理委员会政府信息公开工作年度报告", "北京市某某区城市管理委员会", "department", 2019],
    ["上海市2020年政府信息公开工作年度报告", "上海市", "government", 2020],
    ["2020年上海市政府信息公开工作年度报告", "上海市", "government", 2020],
    ["某某新区2021年政府信息公开工作年度报告", "某某新区", "government", 2021],
    ["某某镇2021年政府信息公开工作年度报告", "某某镇", "township", 2021],
  ])("accepts “%s” (year first, or a place alone for its people's government) and reads its agency", async (title, agency, kind, year) => {
    const text = removeLines(retitled(title), "北京市某某区城市管理委员会", title);
    expect(runRule(RULE, text)).toEqual([]);
    const { report } = await checkText("report.txt", text);
    expect([report?.title, report?.agency, report?.agencyKind, report?.year]).toEqual([title, agency, kind, year]);
  });

  it("reports a title without the agency", async () => {
    const findings = runRule(RULE, removeLines(BASE_REPORT, "北京市某某区城市管理委员会", TITLE_LINE));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("标题“2023年政府信息公开工作年度报告”缺少机关名称");
    expect(findings[0].location.line).toBe(1);
  });
});
