import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { section1GovtAssessment } from "../../../src/core/rules/section1/govt-assessment";
import { runRule } from "../../helpers/rule-tester";

describe("section1/govt-assessment", () => {
  it("seed 004, a township government: 考核 is there, 社会评议 and 责任追究 are not (rules.md §I)", () => {
    expect(runRule(section1GovtAssessment, seed("004"))).toEqual([
      {
        rule: "section1/govt-assessment",
        severity: "warning",
        message: "本报告为人民政府年报，未见“社会评议”“责任追究结果”情况。",
        location: { kind: "text", line: 7, column: 1, endLine: 7, endColumn: 7 },
      },
    ]);
  });

  it("names only what is missing", () => {
    const text = edited(seed("004"), "认真落实第三方测评反馈情况", "认真落实第三方测评反馈情况，开展社会评议1次");
    expect(runRule(section1GovtAssessment, text).map((f) => f.message)).toEqual(["本报告为人民政府年报，未见“责任追究结果”情况。"]);
  });

  it("does not fire when all three are reported", () => {
    const text = edited(seed("004"), "认真落实第三方测评反馈情况", "开展社会评议1次，本年度未发生责任追究情况");
    expect(runRule(section1GovtAssessment, text)).toEqual([]);
  });

  it("does not apply to departments: seeds 000–003", () => {
    for (const prefix of ["000", "001", "002", "003"]) expect(runRule(section1GovtAssessment, seed(prefix))).toEqual([]);
  });

  it("applies to a county-level government", () => {
    const text = edited(seed("004"), "北京市大兴区亦庄镇人民政府\n", "北京市大兴区人民政府\n");
    expect(runRule(section1GovtAssessment, text)).toHaveLength(1);
  });
});
