import { describe, expect, it } from "vitest";
import { BASE_REPORT, lineOf, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/section-number-missing";
const HEADING = "三、收到和处理政府信息公开申请情况";

describe(RULE, () => {
  it("stays silent when every heading carries its numeral", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("reports a heading without its numeral", async () => {
    const text = replaceLine(BASE_REPORT, HEADING, "收到和处理政府信息公开申请情况");
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", expected: "三、", actual: null, location: { line: lineOf(text, "收到和处理政府信息公开申请情况") } });
    expect(findings[0].message).toBe("第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。");
  });

  it("reports a heading numbered for another place", async () => {
    const text = replaceLine(BASE_REPORT, HEADING, "四、收到和处理政府信息公开申请情况");
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => [finding.message, finding.location.line])).toEqual([
      ["第三部分标题“四、收到和处理政府信息公开申请情况”序号应为“三”，现为“四”。", lineOf(text, "四、收到和处理政府信息公开申请情况")],
    ]);
  });

  it("reports several headings as one finding listing each, with every heading's place", async () => {
    const text = ["一、总体情况", HEADING].reduce((edited, heading) => replaceLine(edited, heading, heading.slice(2)), BASE_REPORT);
    const findings = runRule(RULE, text);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe("2个部分的标题序号缺失或不符：第一部分标题“总体情况”缺少序号“一、”；第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。");
    expect(findings[0].location.line).toBe(lineOf(text, "总体情况"));
    expect(findings[0].places!.map((place) => place.line)).toEqual([lineOf(text, "总体情况"), lineOf(text, "收到和处理政府信息公开申请情况")]);
  });

  it("does not mind the numeral's punctuation", async () => {
    expect(runRule(RULE, replaceLine(BASE_REPORT, HEADING, "三．收到和处理政府信息公开申请情况"))).toEqual([]);
  });
});
