/** Text normalisation shared by the extractors, the parser and the rules. */
import type { CellValue } from "../model/report";
import { BRACKETED_NUMBER, CHINESE_NUMERAL } from "../model/numbering";

/** Every kind of white space real reports carry: ASCII, no-break (U+00A0), full-width (U+3000), zero-width. */
const SPACE_CHARS = String.raw`\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff`;
const WHITESPACE = new RegExp(`[${SPACE_CHARS}]+`, "g");
/** One character of that white space. */
export const SPACE = /^[\s\u00a0\u3000\u200b\u200c\u200d\u2060\ufeff]$/;

/**
 * Whether a UTF-16 unit is that white space (SPACE), without a string or a regular expression for it:
 * \s is U+0009–000D, U+0020, U+00A0, U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F, U+3000 and
 * U+FEFF; the zero-width U+200B–200D and U+2060 are added (normalize.test.ts checks every unit).
 */
export function isSpaceCode(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000
  );
}

/** Whether the text has more than `limit` characters other than white space (counted no further, so a long text is not compacted only to be measured). */
export function longerThan(text: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length && kept <= limit; i++) if (!isSpaceCode(text.charCodeAt(i))) kept++;
  return kept > limit;
}

export function compact(text: string): string {
  return text.replace(WHITESPACE, "");
}

const FULLWIDTH_DIGITS = /[０-９]/g;

export function halfwidthDigits(text: string): string {
  return text.replace(FULLWIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

const LABEL_QUOTES = `“”"'‘’「」`;
const LABEL_PUNCTUATION = "，,、；;：:";
const QUOTES = new RegExp(`[${LABEL_QUOTES}]`, "g");
const PUNCTUATION = new RegExp(`[${LABEL_PUNCTUATION}]`, "g");

/**
 * A label reduced to what identifies it: no white space, brackets and stops in one width, quotes and
 * punctuation that reports vary on removed.
 */
export function normalizeLabel(text: string): string {
  return halfwidthDigits(compact(text))
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/[．。]/g, ".")
    .replace(QUOTES, "")
    .replace(PUNCTUATION, "");
}

/** Text that a regular expression finds as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** What normalizeLabel drops between two characters. */
const DROPPED = `[${SPACE_CHARS}${LABEL_QUOTES}${LABEL_PUNCTUATION}]*`;
/** The characters normalizeLabel turns into each of these. */
const SOURCES: Record<string, string> = { "（": "[（(]", "）": "[）)]", ".": "[.．。]" };

/**
 * A pattern that finds, in text as written, what normalizeLabel turns into text holding `label` (itself
 * normalised): its characters in any of their written forms, with what normalizeLabel drops between
 * them. Text without a label is then passed over without normalising it.
 */
export function labelPattern(label: string): string {
  const source = (char: string) =>
    SOURCES[char] ?? (/[0-9]/.test(char) ? `[${char}${String.fromCharCode(char.charCodeAt(0) + 0xfee0)}]` : escapeRegExp(char));
  return [...label].map(source).join(DROPPED);
}

/** Numbering in front of a label or heading: 一、 （一） (1) 1. 1、 第一部分. */
const LABEL_NUMBERING = new RegExp(`^(?:第?${CHINESE_NUMERAL}(?:部分)?[、.．，,]?|${BRACKETED_NUMBER}|[0-9]+[.．、，,]?)`);

/** The label with its numbering and every mark removed, for fuzzy comparison. */
export function labelCore(text: string): string {
  const normalized = normalizeLabel(text);
  return normalized.replace(LABEL_NUMBERING, "").replace(/[（）.\-—_/]/g, "");
}

/** Arabic numbering of a label ("2.其他…" → 2), or null. */
export function labelNumber(text: string): number | null {
  const match = /^([0-9]+)[.．、]/.exec(halfwidthDigits(compact(text)));
  return match ? Number(match[1]) : null;
}

/** A character that no number with its unit (below) holds, full-width digits included. */
const NOT_IN_NUMBER = /[^0-9０-９,，.\-万元件条项个]/;

/**
 * Words: without white space longer than any placeholder, with a character no number or unit holds.
 * Told from the first characters that are not white space, without compacting the text (every line of
 * a PDF is asked whether it is a value, normalize.test.ts compares with compacting).
 */
export function isWords(raw: string): boolean {
  let kept = 0;
  let word = false;
  for (let i = 0; i < raw.length && (kept <= 2 || !word); i++) {
    if (isSpaceCode(raw.charCodeAt(i))) continue;
    kept++;
    word ||= NOT_IN_NUMBER.test(raw[i]);
  }
  return kept > 2 && word;
}
const PLACEHOLDERS = new Set(["/", "／", "-", "－", "—", "——", "–", "无", "空", "O", "o", "〇", "×", "x", "X", "\\"]);

export type CellProblem =
  | "empty" // blank, or only whitespace
  | "placeholder" // "/", "—", "-", "无", a letter O
  | "negative"
  | "decimal" // a fraction where a count belongs (the caller decides whether decimals are allowed)
  | "unit" // carries a unit such as 元 or 万元
  | "thousands" // written with thousands separators (value still read)
  | "text"; // anything else

export interface CellReading {
  value: CellValue;
  problem: CellProblem | null;
}

/**
 * What a value cell holds. Full-width digits and stray white space are read (typography rules report
 * them); a cell that holds no number is null, never a guessed 0.
 */
export function parseCellValue(raw: string): CellReading {
  if (isWords(raw)) return { value: null, problem: "text" };
  const compacted = compact(raw);
  const text = halfwidthDigits(compacted);
  // Two figures run together ("1 2", a cell merged with its neighbour) are not the number 12.
  if (/[0-9０-９][\s\u00a0\u3000]+[0-9０-９]/.test(raw)) return { value: null, problem: "text" };
  if (text === "") return { value: null, problem: "empty" };
  if (PLACEHOLDERS.has(text)) return { value: null, problem: "placeholder" };
  const unit = /(万元|元|件|条|项|个)$/.exec(text);
  const body = unit ? text.slice(0, -unit[0].length) : text;
  if (!/^-?[0-9][0-9,，]*(\.[0-9]+)?$/.test(body)) return { value: null, problem: "text" };
  const hasThousands = /[,，]/.test(body);
  if (hasThousands && !/^-?[0-9]{1,3}([,，][0-9]{3})+(\.[0-9]+)?$/.test(body)) return { value: null, problem: "text" };
  const value = Number(body.replace(/[,，]/g, ""));
  // Past 2^53 a number is stored rounded: read as the text it is, never as another number.
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { value: null, problem: "text" };
  if (value < 0) return { value, problem: "negative" };
  if (unit) return { value, problem: "unit" };
  if (!Number.isInteger(value)) return { value, problem: "decimal" };
  return { value, problem: hasThousands ? "thousands" : null };
}

/** A cell that belongs in a value column: a number, a placeholder or nothing, as opposed to a label. */
export function isValueText(raw: string): boolean {
  return parseCellValue(raw).problem !== "text" || /^[0-9０-９.,，\s\u00a0\u3000-]+$/.test(raw);
}

/** Length of the longest common subsequence, for fuzzy label matching. */
function lcsLength(a: string, b: string): number {
  const previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(previous[j], previous[j - 1]);
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * How alike two label cores are, 0 to 1. Typos and dropped characters cost little; a truncated long
 * label still matches the label it starts ("部分公开" for the full 部分公开（区分处理的…）).
 */
export function labelSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const common = lcsLength(a, b);
  const dice = (2 * common) / (a.length + b.length);
  const shorter = Math.min(a.length, b.length);
  const containment = shorter >= 4 && common === shorter ? 0.9 : 0;
  return Math.max(dice, containment);
}
