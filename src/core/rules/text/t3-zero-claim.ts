import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { APPLICATION_WORDS } from "../lib/applications";
import { FORMAT_2021 } from "../lib/basis";
import { bodyParagraphs, clauseAt, otherPeriodAt, quote, sentenceLocation, sentencesOf, type Sentence } from "../lib/prose";
import { t3Count } from "../lib/cells";

const NEGATION = "(?:未收到|没有收到|未接到|没有接到|未受理|未接收|未发生|无|没有)";
/** Who applied, in words that mean anybody: a narrower group (法人提交的申请) is a different claim. */
const ANYBODY = "(?:(?:任何|群众|公众|社会公众|社会各界)(?:提交|提出|递交)?的?)?";
const APPLICATIONS = "(?:(?:政府)?信息公开的?申请|依申请公开(?:申请|事项)?|公开申请|申请(?!人))";
const CARRIED_OVER = "上年度?(?:结转|转结)(?:的)?(?:政府信息公开)?(?:申请)?";
const ZERO = "(?:数量|件数)?均?(?:为|是)(?:0|零)(?:件|项)?";
const END = "(?=$|[，。；,;！]|数量|情况|事项|的情况)";

/** `word`: what every match of the claim's pattern holds, so that a sentence without it is passed over at once. */
const CLAIMS = [
  { row: "new", name: "本年新收政府信息公开申请数量", word: "申请", pattern: new RegExp(`${NEGATION}${ANYBODY}${APPLICATIONS}${END}|${ANYBODY}${APPLICATIONS}${ZERO}${END}`) },
  { row: "carried_over", name: "上年结转政府信息公开申请数量", word: "上年", pattern: new RegExp(`${NEGATION}${CARRIED_OVER}(?:数量|件数)?${END}|${CARRIED_OVER}${ZERO}${END}`) },
] as const;

/** Words before the claim that leave its subject the whole agency and year: 2023年、本年度、我局、本机关… */
const WHOLE_AGENCY = /\d{4}年度?|本年度|本年|全年|今年|年度内|报告期内|[本我](?:机关|单位|部门|局|委|办|镇|乡|街道|区|县|市|中心|厅|署|院)|均|也|都|暂|尚|仍|还|并|从|共/g;

function subjectOf(sentence: Sentence, start: number, agency: string): string {
  const clause = clauseAt(sentence, start);
  const before = sentence.text.slice(clause.start, start);
  return (agency ? before.split(agency).join("") : before).replace(WHOLE_AGENCY, "");
}

function claimFindings(parsed: ParsedReport, sentence: Sentence): FindingDraft[] {
  const t3 = parsed.report.tables.t3;
  return CLAIMS.flatMap(({ row, name, word, pattern }) => {
    const value = t3Count(t3, row);
    if (value == null || value === 0 || !sentence.text.includes(word)) return [];
    const match = pattern.exec(sentence.text);
    if (!match) return [];
    if (!APPLICATION_WORDS.test(match[0] + sentence.paragraph.block.text + sentence.heading) && row === "new") return [];
    const clause = clauseAt(sentence, match.index);
    if (otherPeriodAt(sentence, clause, match.index, parsed.report.year)) return [];
    const subject = subjectOf(sentence, match.index, parsed.report.agency);
    const narrower = subject !== "" || sentence.text.includes("其中");
    const caveat = narrower ? `（该句说的是“${subject || "其中一部分"}”，如不指本机关全年，请核实）` : "";
    return [
      {
        message: `正文称“${quote(sentence, clause)}”，但表三“${name}”总计为${value}件${caveat}。`,
        expected: 0,
        actual: value,
        location: sentenceLocation(sentence, clause.start, clause.end),
        ...(narrower && { severity: "warning" as const }),
      },
    ];
  });
}

export const t3ZeroClaim: Rule = {
  id: "text/t3-zero-claim",
  severity: "error",
  title: "正文称无申请，表三却有",
  description:
    "正文称“未收到（无）政府信息公开申请”或“申请数量为0”，而表三“本年新收”总计大于0；或称“无上年结转”，而表三“上年结转”总计大于0。" +
    "说的是其他年份的句子不比较；句子的主语不是本机关全年（如某个科室、“其中”）时只作警告。",
  basis: `${FORMAT_2021}（正文与表格同一口径）`,
  example: {
    wrong: "正文称“本年度未收到政府信息公开申请”，但表三本年新收为3件。",
    right: "本年度共收到政府信息公开申请3件。",
  },
  check({ parsed }) {
    return sentencesOf(bodyParagraphs(parsed)).flatMap((sentence) => claimFindings(parsed, sentence));
  },
};
