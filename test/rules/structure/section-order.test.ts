import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, lines } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/section-order";

/** The report with sections 四 and 五 (heading and content) swapped. */
function swapFourAndFive(text: string): string {
  const all = lines(text);
  const four = lineOf(text, "四、政府信息公开行政复议、行政诉讼情况") - 1;
  const five = lineOf(text, "五、存在的主要问题及改进情况") - 1;
  const six = lineOf(text, "六、其他需要报告的事项") - 1;
  return [...all.slice(0, four), ...all.slice(five, six), ...all.slice(four, five), ...all.slice(six)].join("\n");
}

describe(RULE, () => {
  it("stays silent when the sections come in order", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports a section that comes after a later one", async () => {
    const text = swapFourAndFive(BASE_REPORT);
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", location: { line: lineOf(text, "四、政府信息公开行政复议、行政诉讼情况") } });
    expect(findings[0].message).toBe(
      "第四部分“政府信息公开行政复议、行政诉讼情况”出现在第五部分“存在的主要问题及改进情况”之后，请按格式顺序排列。",
    );
  });

  it.each(["无其他需要报告的事项。", "本机关无其他需要报告的事项", "暂无其他需要报告的事项。"])(
    "takes “%s” under 六's heading for its content, not a second heading (issue 11)",
    async (line) => {
      const text = BASE_REPORT.replace("六、其他需要报告的事项\n", `六、其他需要报告的事项\n${line}\n`);
      expect(text).not.toBe(BASE_REPORT);
      expect(runRule(RULE, text)).toEqual([]);
      expect(runRule("structure/section-empty", text)).toEqual([]);
    },
  );

  it("reports a section heading that appears twice", async () => {
    const text = `${BASE_REPORT}\n六、其他需要报告的事项\n无。`;
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].location.line).toBe(lines(text).length - 1);
    expect(findings[0].message).toBe("第六部分“其他需要报告的事项”的标题重复出现（“六、其他需要报告的事项”），同一部分只应出现一次。");
  });
});
