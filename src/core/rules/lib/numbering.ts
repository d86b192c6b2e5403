/**
 * List numbering in the body (GB/T 9704 levels 一、（一）1.（1）, plus 1） and the run-in 一是、二是): what
 * a paragraph starts with, and the 一是 markers inside a paragraph.
 */
import { NUMERAL_CHAR } from "../../model/numbering";
import { CHINESE_NUMERALS } from "../../model/template";
import { chineseNumberValue } from "./figures";

export type NumberingStyle = "一、" | "（一）" | "1." | "（1）" | "1）" | "一是";

export interface Marker {
  style: NumberingStyle;
  value: number;
  /** The marker as written ("(六）", "3."), and where it sits in the paragraph. */
  written: string;
  start: number;
  end: number;
}

const NUMERAL = `${NUMERAL_CHAR}{1,3}`;

/** Paragraph-start numbering, tried in order; full- and half-width brackets alike. */
const LEADING: { style: NumberingStyle; pattern: RegExp }[] = [
  { style: "一、", pattern: new RegExp(`^(${NUMERAL})[、.．]`) },
  { style: "（一）", pattern: new RegExp(`^[（(](${NUMERAL})[)）]`) },
  { style: "（1）", pattern: /^[（(]([0-9]{1,2})[)）]/ },
  { style: "1.", pattern: /^([0-9]{1,2})[.．、](?![0-9])/ },
  { style: "1）", pattern: /^([0-9]{1,2})[)）]/ },
  { style: "一是", pattern: new RegExp(`^(${NUMERAL})是(?!否)`) },
];

function valueOf(digits: string): number | null {
  return /^[0-9]+$/.test(digits) ? Number(digits) : chineseNumberValue(digits);
}

/** The characters every LEADING pattern starts with: most paragraphs start with none, and are passed over at once. */
const MARKER_START = new RegExp(`^[\\s\\u3000]*(?:${NUMERAL_CHAR}|[（(0-9])`);

/** The numbering a paragraph starts with (after its indent), or null. */
export function leadingMarker(text: string): Marker | null {
  if (!MARKER_START.test(text)) return null;
  const indent = /^[\s\u3000]*/.exec(text)![0].length;
  const rest = text.slice(indent);
  for (const { style, pattern } of LEADING) {
    const match = pattern.exec(rest);
    const value = match && valueOf(match[1]);
    if (match && value) return { style, value, written: match[0], start: indent, end: indent + match[0].length };
  }
  return null;
}

/** What every run-in marker holds: text without it (most of it) is passed over without the lookbehind. */
const NUMERAL_THEN_SHI = new RegExp(`${NUMERAL_CHAR}是`);
/** 一是、二是… anywhere in a paragraph: at its start or after a stop, never inside a word ("统一是"). */
const RUN_IN = new RegExp(`(?<=^|[。；;，,：:！？!?\\s\\u3000])(${NUMERAL})是(?!否)`, "g");

export function runInMarkers(text: string): Marker[] {
  if (!NUMERAL_THEN_SHI.test(text)) return [];
  return [...text.matchAll(RUN_IN)].flatMap((match) => {
    const value = chineseNumberValue(match[1]);
    return value ? [{ style: "一是" as const, value, written: match[0], start: match.index, end: match.index + match[0].length }] : [];
  });
}

/** How a marker is written in a message, brackets in one width: "（三）", "3.", "三是". */
export function markerLabel(style: NumberingStyle, value: number): string {
  const chinese = chineseNumeral(value);
  switch (style) {
    case "一、":
      return `${chinese}、`;
    case "（一）":
      return `（${chinese}）`;
    case "（1）":
      return `（${value}）`;
    case "1.":
      return `${value}.`;
    case "1）":
      return `${value}）`;
    case "一是":
      return `${chinese}是`;
  }
}

function chineseNumeral(value: number): string {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const tensPart = tens === 0 ? "" : tens === 1 ? "十" : `${CHINESE_NUMERALS[tens - 1]}十`;
  return tensPart + (units ? CHINESE_NUMERALS[units - 1] : "");
}
