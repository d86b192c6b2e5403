import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, removeLines } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/section-empty";

describe(RULE, () => {
  it("stays silent when every section has text or a table", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports a section with nothing between its heading and the next", async () => {
    const text = removeLines(BASE_REPORT, "2023年，北京市某某区城市管理委员会认真", "二、主动公开政府信息情况");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", location: { line: lineOf(text, "一、总体情况") } });
    expect(findings[0].message).toBe("第一部分“总体情况”无内容。");
  });

  it("counts lines of white space as nothing", async () => {
    const text = BASE_REPORT.replace(/六、其他需要报告的事项\n.*$/, "六、其他需要报告的事项\n\u3000\u3000\n  ");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["第六部分“其他需要报告的事项”无内容。", lineOf(text, "六、其他需要报告的事项")],
    ]);
  });

  it("counts a line saying there is nothing to report as content, and still reports a section left empty", async () => {
    const nothing = BASE_REPORT.replace(/六、其他需要报告的事项\n.*$/, "六、其他需要报告的事项\n无其他需要报告的事项。");
    expect(nothing).not.toBe(BASE_REPORT);
    expect(runRule(RULE, nothing)).toEqual([]);
    const empty = removeLines(nothing, "2023年，北京市某某区城市管理委员会认真", "二、主动公开政府信息情况");
    expect(runRule(RULE, empty).map((finding) => finding.message)).toEqual(["第一部分“总体情况”无内容。"]);
  });

  it("counts a table as content", async () => {
    const tableOnly = removeLines(BASE_REPORT, "政府信息公开的及时性有待提高", "六、其他需要报告的事项");
    expect(runRule(RULE, tableOnly).map((finding) => finding.location.line)).toEqual([lineOf(tableOnly, "五、存在的主要问题及改进情况")]);
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });
});
