/**
 * A figure and its parts: “共88条。其中，领导介绍类信息10条；规范性文件10条；……”. Shared by
 * text/t3-channel-sum (parts of the applications) and text/internal-sum (every other figure).
 */
import type { Location } from "../../model/location";
import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft } from "../rule";
import { rangeLocation } from "./text";
import { isCount } from "./figures";
import { bodyParagraphs, bracketsIn, clausesIn, firstIndex, isChange, mentionsOf, partListAt, quoteMention, sentencesOf, sourceOffset, type Mention, type Sentence } from "./prose";

export interface Breakdown {
  total: Mention;
  parts: Mention[];
  /** The parts' sum, as a range when a part is approximate. */
  min: number;
  max: number;
}

/** Part labels that make a list complete: a rest category, or channels that cover every way of applying. */
const REST = /其他|其它|其余|剩余/;
const COMPLEMENTS: [RegExp, RegExp][] = [
  [/线上|网上|网络|在线|网站|电子邮件|邮箱/, /线下|当面|现场|信函|邮寄|传真|来信|来访/],
  [/自然人|个人/, /法人|组织|企业/],
];
const NEARLY_ALL = 0.9;
const MANY_PARTS = 3;
/** Results of handling (表三 三、): they leave out the applications still being handled (结转下年度). */
const RESULTS = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理/;

/**
 * Whether the parts are meant to cover the whole: they include a rest category, or complementary
 * channels, or three or more of them come close to the total. A few highlights of a large total
 * (“共发布信息2428条，其中政策文件20条、解读7条”) are not a breakdown to add up, nor are the results of
 * the applications received (some may still be in hand).
 */
function looksComplete(parts: Mention[], sum: number, total: number): boolean {
  const labels = parts.map((part) => part.own).join("|");
  if (RESULTS.test(labels)) return false;
  if (REST.test(labels)) return true;
  if (COMPLEMENTS.some(([a, b]) => a.test(labels) && b.test(labels))) return true;
  return parts.length >= MANY_PARTS && sum >= total * NEARLY_ALL;
}

/** The mentions of the list 其中 opens (partListAt): clause by clause until a clause without a figure. */
function partsAfter(sentence: Sentence, from: number, mentions: Mention[]): Mention[] {
  const list = partListAt(sentence, from);
  const inList = mentions.slice(firstIndex(mentions, (m) => m.quantity.start > from), firstIndex(mentions, (m) => m.quantity.start >= list.end));
  const bracket = bracketsIn(sentence)[from];
  if (bracket === "（" || bracket === "(") return inList;
  const clauses = clausesIn(sentence);
  const parts: Mention[] = [];
  let m = 0;
  for (let c = firstIndex(clauses, (clause) => clause.end > from); c < clauses.length && clauses[c].start < list.end; c++) {
    const clause = clauses[c];
    while (m < inList.length && inList[m].quantity.start < clause.start) m++;
    const inClause: Mention[] = [];
    for (; m < inList.length && inList[m].quantity.start < clause.end; m++) if (!inList[m].inBrackets) inClause.push(inList[m]);
    if (inClause.length === 0 && clause.start > from) break;
    parts.push(...inClause);
  }
  return parts;
}

/** The last count outside brackets that ends before `from`. */
function totalBefore(mentions: Mention[], from: number): Mention | undefined {
  for (let i = firstIndex(mentions, (m) => m.quantity.end > from) - 1; i >= 0; i--) {
    if (isCount(mentions[i].quantity) && !mentions[i].inBrackets) return mentions[i];
  }
  return undefined;
}

/** The breakdown that 其中 at `from` opens: the last figure before it, and the parts of its list. */
function breakdownAt(sentence: Sentence, from: number, mentions: Mention[]): Omit<Breakdown, "min" | "max"> | null {
  // 其中 opening a sentence refers to the previous sentence's figures.
  const [before, end] = from === 0 && sentence.previous ? [mentionsOf(sentence.previous), Infinity] : [mentions, from];
  const total = totalBefore(before, end);
  const parts = partsAfter(sentence, from, mentions);
  if (!total || parts.length < 2) return null;
  if (!parts.every((part) => isCount(part.quantity)) || [total, ...parts].some(isChange)) return null;
  return { total, parts };
}

/** Every breakdown of a sentence: one per 其中. */
function breakdownsOf(sentence: Sentence): Omit<Breakdown, "min" | "max">[] {
  if (!sentence.text.includes("其中")) return [];
  const mentions = mentionsOf(sentence);
  return [...sentence.text.matchAll(/其中/g)].flatMap((match) => breakdownAt(sentence, match.index, mentions) ?? []);
}

/** Every breakdown in the body whose parts do not add up to its total. */
export function unbalancedBreakdowns(parsed: ParsedReport): Breakdown[] {
  return sentencesOf(bodyParagraphs(parsed)).flatMap(breakdownsOf).flatMap(({ total, parts }) => {
    const min = parts.reduce((sum, part) => sum + part.quantity.min, 0);
    const max = parts.reduce((sum, part) => sum + part.quantity.max, 0);
    const tooMuch = min > total.quantity.max;
    const tooLittle = max < total.quantity.min && looksComplete(parts, max, total.quantity.min);
    return tooMuch || tooLittle ? [{ total, parts, min, max }] : [];
  });
}

/** “……共88条”，其中分项10条+10条+2条=22条，与总数88条不符。 */
function breakdownMessage({ total, parts, min, max }: Breakdown): string {
  const written = (m: Mention) => m.sentence.text.slice(m.quantity.start, m.quantity.end);
  const sum = min === max ? `${min}` : `${min}至${max}`;
  return `正文称“${quoteMention(total)}”，其中分项${parts.map(written).join("+")}合计${sum}${parts[0].quantity.unit}，与总数${written(total)}不符。`;
}

/** From the total's clause to the last part's clause (they may be in two sentences of one paragraph). */
function breakdownLocation({ total, parts }: Breakdown): Location {
  const last = parts[parts.length - 1];
  const start = sourceOffset(total.sentence, total.clause.start)!;
  const end = sourceOffset(last.sentence, last.clause.end - 1)! + 1;
  return rangeLocation(total.sentence.paragraph.block, start, end);
}

/** The finding for a breakdown that does not add up; info when a figure is approximate. */
export function breakdownFinding(breakdown: Breakdown): FindingDraft {
  const approximate = [breakdown.total, ...breakdown.parts].some((m) => m.quantity.approximate);
  return {
    message: breakdownMessage(breakdown),
    location: breakdownLocation(breakdown),
    expected: breakdown.total.quantity.value,
    actual: breakdown.min,
    ...(approximate && { severity: "info" as const }),
  };
}
