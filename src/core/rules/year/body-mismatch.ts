import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { bodyParagraphs, clauseAt, quote, sentenceLocation, sentencesOf, yearsNamedIn, type Sentence } from "../lib/prose";
import { placeName } from "../lib/years";

/** A sentence that states the statistic period: every year in it must be the report's. */
const STATISTIC_PERIOD = /统计期限|统计时限|统计周期|统计时间|数据统计/;
/** Words that put a clause in the reporting year. */
const THIS_YEAR = /本年|全年|今年|年度内|报告期/;
/** Contexts in which an earlier year belongs: comparisons, accounts, documents and results of that year. */
const EARLIER_ALLOWED = /上年|上一年|去年|同比|较|比|决算|考核|评估|以来|结转|印发|出台|发布|制定|获评|荣获|通报/;
/** Contexts in which a later year belongs: plans, budgets, the publication date. */
const LATER_ALLOWED = /下一步|明年|将|计划|拟|预算|目标|规划|印发|发布/;

/** Words before a year that make it the term of a comparison: 比2019年, 较2019年, 与2019年相比. */
const COMPARED_WITH = /(?:比|较|同比|与|同|跟|相比|相较于?|对比)$/;
/** Words after a year that make it the term of a comparison: 2019年同期, 2019年持平. */
const COMPARED_AFTER = /^(?:度|底|末)?(?:同期)?(?:相比|相较|比较|持平|基本持平)/;

/** A year named as the term of a comparison (“比2019年减少183项”, “与2019年持平”): not the reporting year's text. */
function isComparison(sentence: Sentence, clauseStart: number, named: { start: number; end: number }): boolean {
  const before = sentence.text.slice(clauseStart, named.start);
  return COMPARED_WITH.test(before) || COMPARED_AFTER.test(sentence.text.slice(named.end));
}

/** Whether a year other than the report's is stated as the reporting year's, in its clause's words. */
function outOfPlace(words: string, named: number, year: number, yearEnd: boolean): boolean {
  if (!THIS_YEAR.test(words) && !yearEnd) return false;
  return !(named < year ? EARLIER_ALLOWED : LATER_ALLOWED).test(words);
}

function mismatches(parsed: ParsedReport, sentence: Sentence, year: number): FindingDraft[] {
  const statistic = STATISTIC_PERIOD.test(sentence.text);
  return yearsNamedIn(sentence).flatMap((named) => {
    if (named.year === year) return [];
    const clause = clauseAt(sentence, named.start);
    const words = sentence.text.slice(clause.start, clause.end);
    const yearEnd = /^[底末]/.test(sentence.text.slice(named.end));
    if (isComparison(sentence, clause.start, named)) return [];
    if (!statistic && !outOfPlace(words, named.year, year, yearEnd)) return [];
    const guess = named.year < year ? "疑为沿用上年文本" : "请核实年份";
    return [
      {
        message: `报告年度为${year}年，但${placeName(parsed, sentence.paragraph.index)}写“${quote(sentence, clause, named)}”，${guess}。`,
        expected: year,
        actual: named.year,
        location: sentenceLocation(sentence, named.start, named.end),
      },
    ];
  });
}

export const yearBodyMismatch: Rule = {
  id: "year/body-mismatch",
  severity: "warning",
  title: "正文年份与报告年度不符",
  description:
    "正文在“本年、全年、今年、本年度、截至××年底”语境中写了报告年度以外的年份，或统计期限句中的年份不是报告年度。" +
    "上一年份出现在“上年、同比、较、决算、考核结果、印发”等语境，作为比较对象（“比2019年减少183项”“较2019年”“与2019年相比”“与2019年持平”），下一年份出现在“下一步、明年、将、计划、预算”等语境，以及书名号和文号中的年份，都不报告。",
  basis: `${REGULATION}第四十九条（报告上一年度的政府信息公开工作）；统计期限为当年1月1日至12月31日`,
  example: {
    wrong: "报告年度为2023年，但第一部分写“2022年全年主动公开政府信息88条”。",
    right: "2023年全年主动公开政府信息88条。",
  },
  check({ parsed }) {
    const { year } = parsed.report;
    if (year === null) return [];
    return sentencesOf(bodyParagraphs(parsed)).flatMap((sentence) => mismatches(parsed, sentence, year));
  },
};
