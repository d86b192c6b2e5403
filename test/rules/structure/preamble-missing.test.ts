import { describe, expect, it } from "vitest";
import { BASE_REPORT, removeLines, replaceLine } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/preamble-missing";
const PREAMBLE = "依据《中华人民共和国政府信息公开条例》";

describe(RULE, () => {
  it("stays silent when the basis is stated after the title", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("accepts a local template's “本报告由……组成” and 统计期限", async () => {
    const local = replaceLine(BASE_REPORT, PREAMBLE, "本报告由总体情况、主动公开政府信息情况等六部分组成，所列数据统计期限为2023年1月1日至12月31日。");
    expect(runRule(RULE, local)).toEqual([]);
  });

  it("points right after the title when nothing states the basis", async () => {
    const findings = runRule(RULE, removeLines(BASE_REPORT, PREAMBLE, "一、总体情况"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", location: { line: 2 } });
    expect(findings[0].message).toContain("标题后未说明编制依据");
  });

  it("does not take a sentence without the basis for one", async () => {
    const other = replaceLine(BASE_REPORT, PREAMBLE, "现将本委2023年政府信息公开工作情况报告如下。");
    expect(runRule(RULE, other).map((finding) => finding.location.line)).toEqual([2]);
  });
});
