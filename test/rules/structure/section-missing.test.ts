import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, removeLines, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/section-missing";

describe(RULE, () => {
  it("stays silent when all six sections are there", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports a missing last section after the last line of the one before", async () => {
    const text = removeLines(BASE_REPORT, "六、其他需要报告的事项");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", expected: "六、其他需要报告的事项", location: { line: lineOf(text, "政府信息公开的及时性有待提高") } });
    expect(findings[0].message).toBe("缺少第六部分“其他需要报告的事项”。");
  });

  it("reports a missing first section after the preamble", async () => {
    const text = removeLines(BASE_REPORT, "一、总体情况", "二、主动公开政府信息情况");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["缺少第一部分“总体情况”。", lineOf(text, "依据《中华人民共和国政府信息公开条例》")],
    ]);
  });

  it("reports a section with its table gone after the table before it", async () => {
    const text = removeLines(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => finding.location.line)).toEqual([lineOf(text, "行政事业性收费")]);
  });

  it("names a numbered heading whose words are not recognised", async () => {
    const text = replaceLine(BASE_REPORT, "五、存在的主要问题及改进情况", "五、工作中的不足与下一步打算");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ actual: "五、工作中的不足与下一步打算", location: { line: lineOf(text, "五、工作中的不足与下一步打算") } });
    expect(findings[0].message).toBe(
      "标题“五、工作中的不足与下一步打算”不是规定的名称，无法识别为第五部分“存在的主要问题及改进情况”，应写作“五、存在的主要问题及改进情况”。",
    );
  });

  it("without a numeral, points at the end of the gap", async () => {
    const text = replaceLine(BASE_REPORT, "五、存在的主要问题及改进情况", "工作中的不足与下一步打算");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["缺少第五部分“存在的主要问题及改进情况”。", lineOf(text, "政府信息公开的及时性有待提高")],
    ]);
  });
});
