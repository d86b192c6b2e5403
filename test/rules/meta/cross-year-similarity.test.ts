import { expect } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { metaCrossYearSimilarity } from "../../../src/core/rules/meta/cross-year-similarity";
import { testRule } from "../../helpers/rule-tester";

const thisYear = seed("001");
const lastYear = edited(inYear(thisYear, 2022), "2023年全年主动公开政府信息共88条", "2022年全年主动公开政府信息共76条");
const paragraphs = thisYear.split("\n");
const halfNew = [...paragraphs.slice(0, paragraphs.length / 2), ...seed("004").split("\n").slice(paragraphs.length / 2)].join("\n");

testRule(metaCrossYearSimilarity, {
  valid: [
    { name: "a report written anew", text: thisYear, history: [await earlierReport(inYear(seed("004"), 2022))] },
    { name: "half the text new", text: thisYear, history: [await earlierReport(inYear(halfNew, 2022))] },
    { name: "no earlier report", text: thisYear, history: [] },
    { name: "no report of last year, only of 2019", text: thisYear, history: [await earlierReport(inYear(thisYear, 2019))] },
  ],
  invalid: [
    {
      name: "last year's text with new figures, at the title",
      text: thisYear,
      history: [await earlierReport(lastYear)],
      exact: true,
      findings: [
        {
          severity: "info",
          message: "本报告与2022年报告文字重复率约100%，建议结合本年实际撰写。",
          location: expect.objectContaining({ line: 1, endLine: 2 }),
        },
      ],
    },
  ],
});
