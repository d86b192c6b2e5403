import { describe, expect, it } from "vitest";
import { seedText } from "../../helpers/seeds";
import { BASE_REPORT, lineOf, lines } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/table-empty";

/** The report with every number of the lines from `from` to `to` (exclusive) blanked. */
function blankNumbers(text: string, from: string, to: string): string {
  const [start, end] = [lineOf(text, from), lineOf(text, to)];
  return lines(text)
    .map((line, index) => (index + 1 > start && index + 1 < end ? line.replace(/(^|\t)\d+/g, "$1") : line))
    .join("\n");
}

describe(RULE, () => {
  it("stays silent on filled tables", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports an unfilled 表三 once, and table3/value-int stays silent on it", async () => {
    const text = blankNumbers(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", location: { line: lineOf(text, "（本列数据的勾稽关系为"), template: { table: "t3" } } });
    expect(findings[0].message).toBe("表三“收到和处理政府信息公开申请情况”未填写任何数值。");
    expect(runRule("table3/value-int", text)).toEqual([]);
  });

  it("reports an unfilled 表四 (seed 000, one cell a line, its fifteen value cells blanked)", async () => {
    const seed = seedText("000_5a9a8d2bc98e1d44");
    const all = lines(seed);
    // 表四's fifteen values stand one a line, followed by two blank lines and section 五's heading.
    const firstValue = lineOf(seed, "五、存在的主要问题及改进情况") - 17;
    all.splice(firstValue - 1, 15, ...Array<string>(15).fill("\t"));
    const text = all.join("\n");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["表四“政府信息公开行政复议、行政诉讼情况”未填写任何数值。", lineOf(text, "行政复议")],
    ]);
    expect(runRule("table4/value-int", text)).toEqual([]);
  });

  it("leaves a table with one number to the value checks", async () => {
    const text = blankNumbers(BASE_REPORT, "三、收到和处理政府信息公开申请情况", "四、结转下年度继续办理");
    expect(runRule(RULE, text)).toEqual([]);
    const blanks = runRule("table3/value-int", text);
    expect(blanks).toHaveLength(1);
    expect(blanks[0].places!.length).toBeGreaterThan(100);
  });
});
