import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, lines } from "../../helpers/base-report";
import { sectionEmpty } from "../../../src/core/rules/structure/section-empty";
import { sectionOrder } from "../../../src/core/rules/structure/section-order";
import { testRule } from "../../helpers/rule-tester";

/** The report with sections 四 and 五 (heading and content) swapped. */
function swapFourAndFive(text: string): string {
  const all = lines(text);
  const four = lineOf(text, "四、政府信息公开行政复议、行政诉讼情况") - 1;
  const five = lineOf(text, "五、存在的主要问题及改进情况") - 1;
  const six = lineOf(text, "六、其他需要报告的事项") - 1;
  return [...all.slice(0, four), ...all.slice(five, six), ...all.slice(four, five), ...all.slice(six)].join("\n");
}

const swapped = swapFourAndFive(BASE_REPORT);
const twice = `${BASE_REPORT}\n六、其他需要报告的事项\n无。`;
/** “无其他需要报告的事项” lines under 六's heading: its content, not a second heading (issue 11). */
const nothingToReport = ["无其他需要报告的事项。", "本机关无其他需要报告的事项", "暂无其他需要报告的事项。"].map((line) => ({
  name: `“${line}” under 六's heading is its content, not a second heading (issue 11)`,
  text: BASE_REPORT.replace("六、其他需要报告的事项\n", `六、其他需要报告的事项\n${line}\n`),
}));

testRule(sectionOrder, {
  valid: [{ name: "the sections in order", text: BASE_REPORT }, ...nothingToReport],
  invalid: [
    {
      name: "a section that comes after a later one",
      text: swapped,
      findings: [
        {
          severity: "error",
          message: "第四部分“政府信息公开行政复议、行政诉讼情况”出现在第五部分“存在的主要问题及改进情况”之后，请按格式顺序排列。",
          location: { line: lineOf(swapped, "四、政府信息公开行政复议、行政诉讼情况") },
        },
      ],
    },
    {
      name: "a section heading that appears twice",
      text: twice,
      findings: [
        {
          severity: "error",
          message: "第六部分“其他需要报告的事项”的标题重复出现（“六、其他需要报告的事项”），同一部分只应出现一次。",
          location: { line: lines(twice).length - 1 },
        },
      ],
    },
  ],
});

testRule(sectionEmpty, { valid: nothingToReport, invalid: [] });

describe("structure/section-order", () => {
  it.each(nothingToReport)("$name: the case edits the report", ({ text }) => {
    expect(text).not.toBe(BASE_REPORT);
  });
});
