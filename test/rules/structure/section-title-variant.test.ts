import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, recognised, replaceLine } from "../../helpers/base-report";
import { withTrialTable2 } from "../../helpers/seeds";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/section-title-variant";
const FIVE = "五、存在的主要问题及改进情况";

describe(RULE, () => {
  it("stays silent on the standard titles", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("takes, in recognised text (OCR), a numbered heading with a misread character for its section", () => {
    const misread = replaceLine(BASE_REPORT, "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政拆讼情况");
    for (const rule of [RULE, "structure/section-missing"]) expect(runRule(rule, { document: recognised(misread) })).toEqual([]);
    // In a text layer the heading is not the section's.
    expect(runRule("structure/section-missing", misread).map((finding) => finding.actual)).toEqual(["四、政府信息公开行政复议、行政拆讼情况"]);
    // Other words are not forgiven.
    const other = replaceLine(BASE_REPORT, "四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政申诉情况");
    expect(runRule("structure/section-missing", { document: recognised(other) })).toHaveLength(1);
  });

  it("stays silent on spaces inside a title", async () => {
    expect(runRule(RULE, replaceLine(BASE_REPORT, FIVE, "五、存在的主要问题及改进情况 "))).toEqual([]);
  });

  it("reports a known variant of section 五", async () => {
    const text = replaceLine(BASE_REPORT, FIVE, "五、存在的主要问题及改进措施");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      expected: "存在的主要问题及改进情况",
      actual: "存在的主要问题及改进措施",
      location: { line: lineOf(text, "五、存在的主要问题及改进措施") },
    });
    expect(findings[0].message).toBe("第五部分标题应为“存在的主要问题及改进情况”，现为“存在的主要问题及改进措施”。");
  });

  it("reports the regulation's old wording of section 四", async () => {
    const text = replaceLine(BASE_REPORT, "四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      [
        "第四部分标题应为“政府信息公开行政复议、行政诉讼情况”，现为“因政府信息公开工作被申请行政复议、提起行政诉讼情况”。",
        lineOf(text, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
      ],
    ]);
  });

  it("leaves a report in the 2019 trial format alone, whose titles were worded so", async () => {
    const text = withTrialTable2(
      replaceLine(BASE_REPORT, FIVE, "五、政府信息公开工作存在的主要问题及改进情况").replace("2023年政府信息公开工作年度报告", "2020年政府信息公开工作年度报告"),
    );
    expect(runRule(RULE, text)).toEqual([]);
  });
});
