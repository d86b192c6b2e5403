import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { runRule } from "../../helpers/rule-tester";

const RULE = "meta/cross-year-similarity";

describe(RULE, () => {
  const thisYear = seed("001");

  it("fires when the text is last year's with new figures, at the title", async () => {
    const lastYear = edited(inYear(thisYear, 2022), "2023年全年主动公开政府信息共88条", "2022年全年主动公开政府信息共76条");
    const findings = runRule(RULE, { text: thisYear, history: [await earlierReport(lastYear)] });
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "info",
        message: "本报告与2022年报告文字重复率约100%，建议结合本年实际撰写。",
        location: expect.objectContaining({ line: 1, endLine: 2 }),
      },
    ]);
  });

  it("does not fire on a report written anew", async () => {
    const other = await earlierReport(inYear(seed("004"), 2022));
    expect(runRule(RULE, { text: thisYear, history: [other] })).toEqual([]);
  });

  it("does not fire when half the text is new", async () => {
    const paragraphs = thisYear.split("\n");
    const half = [...paragraphs.slice(0, paragraphs.length / 2), ...seed("004").split("\n").slice(paragraphs.length / 2)].join("\n");
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(inYear(half, 2022))] })).toEqual([]);
  });

  it("does not fire without last year's report", async () => {
    expect(runRule(RULE, { text: thisYear, history: [] })).toEqual([]);
    expect(runRule(RULE, { text: thisYear, history: [await earlierReport(inYear(thisYear, 2019))] })).toEqual([]);
  });
});
