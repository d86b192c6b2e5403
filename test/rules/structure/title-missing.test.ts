import { describe, expect, it } from "vitest";
import { BASE_REPORT, removeLines } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/title-missing";
const withoutTitle = removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "依据《中华人民共和国政府信息公开条例》");

describe(RULE, () => {
  it("stays silent when the title is there", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("stays silent on a title broken over two lines", async () => {
    const broken = BASE_REPORT.replace("2023年政府信息公开工作年度报告", "2023年政府信息公开工作\n\n年度报告");
    expect(runRule(RULE, broken)).toEqual([]);
  });

  it("reports a missing title at the document's first line", async () => {
    const findings = runRule(RULE, withoutTitle);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE, severity: "error", location: { line: 1 } });
    expect(findings[0].message).toBe("未找到报告标题，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。");
  });

  it("does not look past the first five lines", async () => {
    const late = ["第一行", "第二行", "第三行", "第四行", "第五行", BASE_REPORT].join("\n");
    expect(runRule(RULE, late).map((finding) => finding.location.line)).toEqual([1]);
  });
});
