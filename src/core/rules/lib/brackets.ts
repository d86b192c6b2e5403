/** Round brackets of both widths, paired the way a reader pairs them: ( and （ both open, ) and ） both close. */
import { NUMERAL_CHAR } from "../../model/numbering";
import { leadingMarker } from "./numbering";
import { cached } from "./memo";
import { isHan, type TextPiece } from "./pieces";

export type Width = "full" | "half";

export interface BracketPair {
  open: number;
  close: number;
  openWidth: Width;
  closeWidth: Width;
}

export interface BracketScan {
  pairs: BracketPair[];
  /** Brackets without a partner, in text order. */
  unmatched: number[];
}

/** The brackets as UTF-16 units: scanBrackets reads the text unit by unit (a pattern search per piece cost more). */
const OPEN_HALF = 0x28; // (
const CLOSE_HALF = 0x29; // )
const OPEN_FULL = 0xff08; // （
const CLOSE_FULL = 0xff09; // ）

/** Any round bracket of the width. */
export const BRACKET_OF_WIDTH: Record<Width, RegExp> = { half: /[()]/, full: /[（）]/ };

/** What a list number's closing bracket may follow: the start of the text, a stop or white space. */
const BEFORE_NUMBER = /[\s。；;，,：:、]/;
const NUMBER_TOKENS: [RegExp, number][] = [
  [/[0-9]/, 2],
  [new RegExp(NUMERAL_CHAR), 3],
  [/[a-zA-Z]/, 1],
];

/**
 * Whether the closing bracket at `index` ends a list number ("1）", "2)", "三）", "a)") at the start of
 * the text or after a stop: it has no opening partner by design. Up to two digits, three numerals or
 * one letter, with white space allowed before them.
 */
function closesNumber(text: string, index: number): boolean {
  for (const [char, longest] of NUMBER_TOKENS) {
    for (let start = index - 1; start >= 0 && start >= index - longest && char.test(text[start]); start--) {
      if (start === 0 || BEFORE_NUMBER.test(text[start - 1])) return true;
    }
  }
  return false;
}

const widthAt = (text: string, index: number): Width => (text.charCodeAt(index) === OPEN_HALF ? "half" : "full");

export function scanBrackets(text: string): BracketScan {
  const pairs: BracketPair[] = [];
  const unmatched: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_HALF || code === OPEN_FULL) open.push(i);
    else if ((code === CLOSE_HALF || code === CLOSE_FULL) && !closesNumber(text, i)) {
      const start = open.pop();
      if (start === undefined) unmatched.push(i);
      else pairs.push({ open: start, close: i, openWidth: widthAt(text, start), closeWidth: code === CLOSE_HALF ? "half" : "full" });
    }
  }
  unmatched.push(...open);
  return { pairs, unmatched: unmatched.sort((a, b) => a - b) };
}

/** Each piece's scan, made once per check for every rule that asks (memo.ts). */
const scanOfPiece = new WeakMap<TextPiece, BracketScan>();

/** The round brackets of a text piece (scanBrackets). */
export function bracketsOf(piece: TextPiece): BracketScan {
  return cached(scanOfPiece, piece, ({ text }) => scanBrackets(text));
}

/** Chinese on both sides: a Chinese character or a title mark. */
export function inChinese(text: string, index: number): boolean {
  const chinese = (char: string | undefined) => isHan(char) || char === "《" || char === "》";
  return chinese(text[index - 1]) && chinese(text[index + 1]);
}

/**
 * Half-width bracket pairs in Chinese text, each reported by this rule (typo/bracket-width-mixed leaves
 * them to it); the numbering a paragraph starts with ("(一)") is not prose.
 */
export function chineseHalfPairs(piece: TextPiece): BracketPair[] {
  const { text } = piece;
  const half = bracketsOf(piece).pairs.filter((pair) => pair.openWidth === "half" && pair.closeWidth === "half");
  if (!half.length) return [];
  const numbering = leadingMarker(text);
  return half.filter((pair) => pair.open !== numbering?.start && (inChinese(text, pair.open) || inChinese(text, pair.close)));
}
