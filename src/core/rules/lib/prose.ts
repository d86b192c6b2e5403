/**
 * Reading the report's sentences for the narrative rules: white space removed (PDF text has spaces
 * between characters, "申请 17 件"), split into sentences and clauses, and every quantity with the
 * words that say what it counts. Every range maps back to the paragraph's own characters.
 */
import type { ParagraphBlock } from "../../model/document";
import type { Location } from "../../model/location";
import { ARABIC_ITEM, BRACKETED_NUMBER, CHINESE_NUMERAL } from "../../model/numbering";
import { compact, halfwidthDigits, isSpaceCode, longerThan } from "../../text/normalize";
import type { ParsedReport } from "../../parse/parsed";
import { cached } from "./memo";
import { allParagraphs, rangeLocation, type IndexedParagraph } from "./text";
import { isCount, readQuantities, type Quantity } from "./figures";

export interface Sentence {
  paragraph: IndexedParagraph;
  /** The sentence without white space, digits half-width. */
  text: string;
  /** Where `text` starts in the paragraph's text without white space (see sourceOffset). */
  start: number;
  /** The sentence before it in the same paragraph. */
  previous: Sentence | null;
  /** The short paragraph just before this one, when there is one: a sub-heading such as “（三）依申请公开”. */
  heading: string;
  /** What shapeOf and mentionsOf work out, kept with the sentence on first use (null until then); only this module reads them. */
  shape: SentenceShape | null;
  mentions: Mention[] | null;
}

/** A full stop with the closing brackets and quotes right after it, which still belong to its sentence: “……报告。）” */
const SENTENCE_END = /[。！？!?][）)”’」』】]*/g;

/**
 * What the narrative rules read from one report (its body paragraphs, their sentences and mentions) is
 * made once per check and shared: kept with the parsed report, or with the paragraph list, and gone with
 * them. The rules only read these lists.
 */
const bodyOfReport = new WeakMap<ParsedReport, IndexedParagraph[]>();
const sentencesOfParagraphs = new WeakMap<IndexedParagraph[], Sentence[]>();
const mentionsOfReport = new WeakMap<ParsedReport, Mention[]>();

/** Paragraphs of the body: everything but the title. */
export function bodyParagraphs(parsed: ParsedReport): IndexedParagraph[] {
  return cached(bodyOfReport, parsed, () => {
    const title = new Set(parsed.title?.blocks ?? []);
    return allParagraphs(parsed).filter(({ index }) => !title.has(index));
  });
}

const HEADING_LENGTH = 20;

/** The sentences of the paragraphs, in order. */
export function sentencesOf(paragraphs: IndexedParagraph[]): Sentence[] {
  return cached(sentencesOfParagraphs, paragraphs, () => {
    const sentences: Sentence[] = [];
    paragraphs.forEach((paragraph, i) => splitSentences(paragraph, i > 0 ? shortParagraph(paragraphs[i - 1].block.text) : "", sentences));
    return sentences;
  });
}

/** The paragraph without white space when that is at most HEADING_LENGTH characters long, else "" (a long paragraph is not compacted only to be measured). */
function shortParagraph(text: string): string {
  return longerThan(text, HEADING_LENGTH) ? "" : compact(text);
}

const isSpace = (text: string, i: number) => isSpaceCode(text.charCodeAt(i));

/**
 * For each character of a paragraph's text without white space, its offset in the paragraph's text.
 * Only locations need it: made for the paragraphs a finding is in, not for every sentence read.
 */
const originOfBlock = new WeakMap<ParagraphBlock, Int32Array>();

function originOf(block: ParagraphBlock): Int32Array {
  return cached(originOfBlock, block, ({ text: raw }) => {
    const origin = new Int32Array(raw.length);
    let kept = 0;
    // compact() drops exactly the characters SPACE matches, one UTF-16 unit each; halfwidthDigits keeps the length.
    for (let i = 0; i < raw.length; i++) if (!isSpace(raw, i)) origin[kept++] = i;
    return origin.subarray(0, kept);
  });
}

/** The offset in the paragraph's text of character `index` of the sentence; undefined outside the sentence. */
export function sourceOffset(sentence: Sentence, index: number): number | undefined {
  return index >= 0 && index < sentence.text.length ? originOf(sentence.paragraph.block)[sentence.start + index] : undefined;
}

/** The paragraph's sentences, added to `sentences`. */
function splitSentences(paragraph: IndexedParagraph, heading: string, sentences: Sentence[]): void {
  const text = halfwidthDigits(compact(paragraph.block.text));
  let previous: Sentence | null = null;
  let start = 0;
  const cut = (end: number) => {
    if (end > start) sentences.push((previous = { paragraph, text: text.slice(start, end), start, previous, heading, shape: null, mentions: null }));
    start = end;
  };
  for (const match of text.matchAll(SENTENCE_END)) cut(match.index + match[0].length);
  cut(text.length);
}

/** What the rules ask of a sentence again and again, worked out once per sentence: its brackets, clauses, years and parts lists. */
interface SentenceShape {
  inside: string[];
  clauses: Range[];
  years: NamedYear[];
  /** Offsets of the closing round brackets. */
  closers: number[];
}

function shapeOf(sentence: Sentence): SentenceShape {
  return (sentence.shape ??= readShape(sentence.text));
}

function readShape(text: string): SentenceShape {
  const inside = enclosingBrackets(text);
  const closers = [...text.matchAll(/[）)]/g)].map((match) => match.index);
  return { inside, clauses: clausesWithin(text, inside), years: yearsWithin(text, inside), closers };
}

/** For each character of the sentence, the innermost bracket it is inside (enclosingBrackets). */
export const bracketsIn = (sentence: Sentence): string[] => shapeOf(sentence).inside;
/** The clauses of the sentence (clausesOf). */
export const clausesIn = (sentence: Sentence): Range[] => shapeOf(sentence).clauses;
/** The years the sentence names (yearsIn). */
export const yearsNamedIn = (sentence: Sentence): NamedYear[] => (NAMED_YEAR.test(sentence.text) ? shapeOf(sentence).years : []);

/** The first index of a sorted list from which `after` holds (items.length when it never does). */
export function firstIndex<T>(items: readonly T[], after: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (after(items[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The clause of a sentence that holds character `position`. */
export function clauseAt(sentence: Sentence, position: number): Range {
  const { clauses } = shapeOf(sentence);
  const clause = clauses[firstIndex(clauses, (c) => c.end > position)];
  return clause && clause.start <= position ? clause : { start: 0, end: sentence.text.length };
}

/** Where characters [start, end) of a sentence are in the source. */
export function sentenceLocation(sentence: Sentence, start = 0, end = sentence.text.length): Location {
  const from = sourceOffset(sentence, start) ?? 0;
  const to = (sourceOffset(sentence, Math.max(start, end - 1)) ?? from) + 1;
  return rangeLocation(sentence.paragraph.block, from, to);
}

const OPENING = "（(〔[【《";
const CLOSING = "）)〕]】》";
const ANY_BRACKET = /[（(〔[【《）)〕\]】》]/;

/** For each character (UTF-16 unit, as offsets count), the innermost bracket it is inside ("" at the top level). */
export function enclosingBrackets(text: string): string[] {
  const inside = new Array<string>(text.length).fill("");
  if (!ANY_BRACKET.test(text)) return inside;
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (CLOSING.includes(text[i])) stack.pop();
    inside[i] = stack.length ? stack[stack.length - 1] : "";
    if (OPENING.includes(text[i])) stack.push(text[i]);
  }
  return inside;
}

export interface Range {
  start: number;
  end: number;
}

const CLAUSE_END = /[，,；;：:]/g;

/** The clauses of a sentence: split at commas, semicolons and colons outside brackets; the full stop and list numbering left out. */
export function clausesOf(text: string): Range[] {
  return clausesWithin(text, enclosingBrackets(text));
}

function clausesWithin(text: string, inside: string[]): Range[] {
  const clauses: Range[] = [];
  let start = 0;
  for (const { index } of text.matchAll(CLAUSE_END)) {
    if (inside[index] !== "") continue;
    clauses.push({ start, end: index });
    start = index + 1;
  }
  const stop = /[。！？!?][）)”’」』】]*$/.exec(text);
  clauses.push({ start, end: stop && inside[stop.index] === "" ? stop.index : text.length });
  return clauses.map((clause) => withoutListMark(text, clause)).filter((clause) => clause.end > clause.start);
}

/** Numbering that opens a clause: （三） (3) 三、 1. 一是. */
const LIST_MARK = new RegExp(`^(?:${BRACKETED_NUMBER}|${CHINESE_NUMERAL}[、.．]|${ARABIC_ITEM}(?![0-9])|${CHINESE_NUMERAL}是)`);

function withoutListMark(text: string, clause: Range): Range {
  const mark = LIST_MARK.exec(text.slice(clause.start, clause.end));
  return mark ? { start: clause.start + mark[0].length, end: clause.end } : clause;
}

/** A quantity in a sentence with the words that say what it counts. */
export interface Mention {
  sentence: Sentence;
  quantity: Quantity;
  clause: Range;
  /**
   * The words describing the number: those before it (“收到申请33件”), or for a number before its noun
   * (“办理4项依申请公开”) the clause's opening words and those after it.
   */
  own: string;
  /**
   * `own`, and when `own` names nothing (“答复33件”, “共计35件”) the sentence before it as well (its last
   * CONTEXT_WINDOW characters: a run-on “sentence” of a whole page must not make every figure re-read it).
   */
  context: string;
  /** Inside round brackets. */
  inBrackets: boolean;
  /** A part of a figure given before: in a list after 其中 (see partLists), or in a sentence that opens with 其中. */
  part: boolean;
}

/** How far back a figure's context reaches: far past the longest sentence of real reports (about 160 characters). */
const CONTEXT_WINDOW = 300;

/** Words that carry no subject of their own: verbs of handling, totals, adverbs, time. */
const EMPTY_WORDS =
  /共计|合计|累计|总计|总共|全年|本年度|本年|全部|年度|收到|新收|受理|接收|接到|办理|答复|办结|处理|完成|回应|发生|发布|公开|制发|印发|出台|主动|作出|予以|按期|按时|依法|及时|均|已|都|并|又|共|了|的|为|有|计|达|另|此外|同时|其中|\d{4}年|[，,、；;：:。]/g;

export function namesNothing(words: string): boolean {
  return words.replace(EMPTY_WORDS, "") === "";
}

/** A number before its noun: the words right after the measure word start a noun, not an adverb or a new clause. */
function numberBeforeNoun(tail: string): boolean {
  return /^的?[\u4e00-\u9fff]/.test(tail) && !/^(均|已|全|都|并|且|共|其|另|为|是|系|按|予|占|较|比|同|中|未|尚|正|在|由|经|办|答|得|以)/.test(tail);
}

/** For each character, whether it is inside quotation marks: “三个一”, ‘一件一档’ name slogans and titles, not counts. */
function quotedCharacters(text: string): boolean[] {
  const quoted = new Array<boolean>(text.length).fill(false);
  if (!/[“‘「]/.test(text)) return quoted;
  let open = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!open && (ch === "“" || ch === "‘" || ch === "「")) {
      open = { "“": "”", "‘": "’", "「": "」" }[ch];
      continue;
    }
    if (open && ch === open) open = "";
    quoted[i] = open !== "";
  }
  return quoted;
}

const SEPARATOR_LEVEL: Record<string, number> = { "，": 1, ",": 1, "：": 1, ":": 1, "；": 2, ";": 2 };

/**
 * The parts list that 其中 at `from` opens, as [from, end): inside its brackets when 其中 opens them;
 * else up to the clause that states the next total (the clause before the next 其中), or up to a
 * separator stronger than the one between its parts (“……尚未审结37件；政府信息公开行政诉讼46件”).
 */
export function partListAt(sentence: Sentence, from: number): Range {
  const { text } = sentence;
  const { inside, clauses, closers } = shapeOf(sentence);
  const bracket = inside[from];
  if (bracket === "（" || bracket === "(") return { start: from, end: closers[firstIndex(closers, (at) => at >= from)] ?? text.length };
  const first = firstIndex(clauses, (c) => c.end > from);
  const nextTotal = nextTotalStart(text, clauses, first, from);
  return { start: from, end: Math.min(nextTotal, strongerSeparator(text, clauses, first, from, nextTotal)) };
}

/** Where the clause stating the next total starts: the clause before the next 其中, or the one holding it mid-clause. */
function nextTotalStart(text: string, clauses: Range[], first: number, from: number): number {
  const next = text.indexOf("其中", from + 2);
  if (next < 0) return text.length;
  const k = firstIndex(clauses, (c) => c.end > next);
  if (k < first || k >= clauses.length || clauses[k].start > next) return text.length;
  return next === clauses[k].start && k > first ? clauses[k - 1].start : clauses[k].start;
}

/**
 * Where a separator stronger than the one after the list's first part ends the list (“，” parts before a “；”),
 * looked for among the clauses from `first` that start before `limit`.
 */
function strongerSeparator(text: string, clauses: Range[], first: number, from: number, limit: number): number {
  let level = 0;
  for (let i = first; i + 1 < clauses.length && clauses[i + 1].start < limit; i++) {
    const [clause, next] = [clauses[i], clauses[i + 1]];
    const separator = SEPARATOR_LEVEL[text[clause.end]] ?? 3;
    if (level !== 0 && separator > level) return next.start;
    if (level === 0 && clause.end > Math.max(from + 2, clause.start)) level = separator;
  }
  return text.length;
}

/** Every parts list of a sentence (see partListAt). */
export function partLists(sentence: Sentence): Range[] {
  if (!sentence.text.includes("其中")) return [];
  return [...sentence.text.matchAll(/其中/g)].map((match) => partListAt(sentence, match.index));
}

/** Whether each quantity stands inside one of the lists (lists in order of start; the quantities in text order). */
function insideLists(quantities: Quantity[], lists: Range[]): boolean[] {
  let next = 0;
  let reach = -1;
  return quantities.map(({ start }) => {
    for (; next < lists.length && lists[next].start < start; next++) reach = Math.max(reach, lists[next].end);
    return start < reach;
  });
}

/** The quantities of a sentence with their words (worked out once per sentence). */
export function mentionsOf(sentence: Sentence): Mention[] {
  return (sentence.mentions ??= readMentions(sentence));
}

function readMentions(sentence: Sentence): Mention[] {
  const { text } = sentence;
  const found = readQuantities(text);
  if (!found.length) return [];
  const { inside } = shapeOf(sentence);
  const quoted = quotedCharacters(text);
  const quantities = found.filter((quantity) => !quoted[quantity.start]);
  const part = insideLists(quantities, partLists(sentence));
  return quantities.map((quantity, i) => {
    const clause = clauseAt(sentence, quantity.start);
    const previousEnd = quantities[i - 1]?.end ?? -1;
    const nextStart = quantities[i + 1]?.start ?? Infinity;
    const firstInClause = previousEnd < clause.start;
    const leadIn = text.slice(firstInClause ? clause.start : previousEnd, quantity.start);
    const tail = text.slice(quantity.end, Math.min(nextStart, clause.end));
    const own = numberBeforeNoun(tail) ? (firstInClause ? leadIn : "") + tail : leadIn;
    const context = namesNothing(own) ? text.slice(Math.max(0, clause.start - CONTEXT_WINDOW), clause.start) + own : own;
    return {
      sentence,
      quantity,
      clause,
      own,
      context,
      inBrackets: "（(".includes(inside[quantity.start] || "-"),
      part: part[i],
    };
  });
}

/** Words that put a figure in another year: comparisons with last year, not the 上年结转 row. */
const OTHER_PERIOD = /上年(?!度?结转|度?转结)|上一年|去年|前年|同比|上年同期/;

/** The four-digit years a sentence names ("2023年"), outside book titles and document numbers, with their offsets. */
export function yearsIn(text: string): NamedYear[] {
  return yearsWithin(text, enclosingBrackets(text));
}

export interface NamedYear {
  year: number;
  start: number;
  end: number;
}

const NAMED_YEAR = /(?:19|20)\d{2}年/;

function yearsWithin(text: string, inside: string[]): NamedYear[] {
  return [...text.matchAll(/((?:19|20)\d{2})年/g)]
    .filter((match) => !"《〔[【".includes(inside[match.index] || "-"))
    .map((match) => ({ year: Number(match[1]), start: match.index, end: match.index + match[0].length }));
}

/**
 * Whether a figure is about another period than the report's year: its clause compares with last year,
 * or the nearest year named before it in the sentence is another year ("2022年，收到申请20件").
 */
export function aboutOtherPeriod(mention: Mention, year: number | null): boolean {
  return otherPeriodAt(mention.sentence, mention.clause, mention.quantity.start, year);
}

/** The same for any place in a sentence: the clause around it, and the years named before it. */
export function otherPeriodAt(sentence: Sentence, clause: Range, position: number, year: number | null): boolean {
  if (OTHER_PERIOD.test(sentence.text.slice(clause.start, clause.end))) return true;
  const { years } = shapeOf(sentence);
  const named = years[firstIndex(years, (y) => y.start >= position) - 1];
  return year !== null && named !== undefined && named.year !== year;
}

/** A change rather than a figure: "增加5件", "较上年减少3件". */
export function isChange(mention: Mention): boolean {
  const before = mention.sentence.text.slice(Math.max(mention.clause.start, mention.quantity.start - 4), mention.quantity.start);
  return /(增加|增长|减少|下降|上升|提高|降低|增|减|多|少)了?$/.test(before);
}

/** The count of a list of named examples, “印发《××办法》《××规定》等9件”: some of the year's documents, not all. */
export function countsExamples(mention: Mention): boolean {
  return /等(?:共计|合计|共)?$/.test(mention.sentence.text.slice(mention.clause.start, mention.quantity.start));
}

/** A count stated for the report's year as a plain figure: not in brackets, not a change, not another year's, not named examples. */
export function isYearCount(mention: Mention, year: number | null): boolean {
  return isCount(mention.quantity) && !mention.inBrackets && !isChange(mention) && !aboutOtherPeriod(mention, year) && !countsExamples(mention);
}

/**
 * The figures that contradict the table: those that do not fit it, less those in a paragraph that also
 * states a figure that fits. There the other figure is a part or a sub-category (“立案731件……一审行政
 * 诉讼案件687件”), not a contradiction.
 */
export function contradictions(mentions: Mention[], fits: (mention: Mention) => boolean): Mention[] {
  const agreed = new Set(mentions.filter(fits).map((mention) => mention.sentence.paragraph.index));
  return mentions.filter((mention) => !fits(mention) && !agreed.has(mention.sentence.paragraph.index));
}

const QUOTE_LENGTH = 40;

/** A range of a sentence as the message quotes it; long text is cut around `focus` with an ellipsis. */
export function quote(sentence: Sentence, range: Range, focus: Range = range): string {
  const { text } = sentence;
  if (range.end - range.start <= QUOTE_LENGTH) return text.slice(range.start, range.end);
  const end = Math.min(range.end, focus.end + 10);
  const fits = focus.end - focus.start <= QUOTE_LENGTH;
  const start = Math.max(range.start, fits ? Math.min(focus.start, end - QUOTE_LENGTH) : end - QUOTE_LENGTH);
  return `${start > range.start ? "……" : ""}${text.slice(start, end)}${end < range.end ? "……" : ""}`;
}

export function quoteSentence(sentence: Sentence): string {
  return quote(sentence, { start: 0, end: sentence.text.length });
}

/** The clause of a mention, quoted with the quantity kept in view. */
export function quoteMention(mention: Mention): string {
  return quote(mention.sentence, mention.clause, mention.quantity);
}

export function mentionLocation(mention: Mention): Location {
  return sentenceLocation(mention.sentence, mention.clause.start, mention.clause.end);
}

/** Every mention of a quantity in the body of the report. */
export function bodyMentions(parsed: ParsedReport): Mention[] {
  return cached(mentionsOfReport, parsed, () => sentencesOf(bodyParagraphs(parsed)).flatMap(mentionsOf));
}
