import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, removeLines, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/title-agency-abbrev";
const SHORT_TITLE = "某某区城管委2023年政府信息公开工作年度报告";
const shortTitled = replaceLine(removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "2023年"), "2023年政府信息公开工作年度报告", SHORT_TITLE);

describe(RULE, () => {
  it("stays silent when the title uses the name the body uses", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("names the body's longer name that holds the title's characters in order", async () => {
    const findings = runRule(RULE, shortTitled);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", expected: "某某区城市管理委员会", actual: "某某区城管委", location: { line: 1 } });
    expect(findings[0].message).toBe("标题机关名“某某区城管委”疑为简称，正文使用“某某区城市管理委员会”，建议标题使用全称。");
  });

  it("adds the place name that stands before the full name wherever the body uses it", async () => {
    const text = `${shortTitled}\n如需了解更多政府信息，请登录北京市某某区城市管理委员会网站查询。`;
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => finding.expected)).toEqual(["北京市某某区城市管理委员会"]);
    expect(findings[0].location.line).toBe(lineOf(text, SHORT_TITLE));
  });

  it("completes a cut-off ending: 区政府办 → 区人民政府办公室", async () => {
    const text = replaceLine(
      removeLines(BASE_REPORT, "北京市某某区城市管理委员会", "2023年"),
      "2023年政府信息公开工作年度报告",
      "某某区政府办2023年政府信息公开工作年度报告",
    ).replace("北京市某某区城市管理委员会认真", "某某区人民政府办公室认真");
    expect(runRule(RULE, text).map((finding) => finding.expected)).toEqual(["某某区人民政府办公室"]);
  });

  it("does not take characters spread over a long stretch for a name", async () => {
    const text = shortTitled.replace("北京市某某区城市管理委员会认真", "某某区城市环境与公共设施综合管理委员会认真");
    expect(runRule(RULE, text)).toEqual([]);
  });
});
