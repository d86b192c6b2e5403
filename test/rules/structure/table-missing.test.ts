import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, removeLines } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/table-missing";

describe(RULE, () => {
  it("stays silent when the three tables are there", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports a table replaced by a sentence at its section's heading", async () => {
    const text = removeLines(BASE_REPORT, "（本列数据的勾稽关系为", "四、政府信息公开行政复议、行政诉讼情况").replace(
      "三、收到和处理政府信息公开申请情况",
      "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请4件，均已按期答复。",
    );
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", location: { line: lineOf(text, "三、收到和处理政府信息公开申请情况"), template: { table: "t3" } } });
    expect(findings[0].message).toBe("第三部分未按格式使用表三“收到和处理政府信息公开申请情况”统计表。");
  });

  it("reports the table of a missing section where the section should have been", async () => {
    const text = removeLines(BASE_REPORT, "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["第四部分未按格式使用表四“政府信息公开行政复议、行政诉讼情况”统计表。", lineOf(text, "四、结转下年度继续办理")],
    ]);
  });
});
