/** Text items → lines: items on one baseline, left to right, joined into one string. */
import type { Box } from "../../model/location";
import { unionBox } from "./geometry";
import type { PdfText } from "./page";

export interface TextLine {
  text: string;
  /** The items in order, with where each one's text starts and ends in `text`. */
  pieces: { item: PdfText; start: number; end: number }[];
  box: Box;
  baseline: number;
  size: number;
}

/** A line that is only a page number ("3", "- 3 -", "第3页", "3/5"). */
export const PAGE_NUMBER = /^[-—–－·\s]*(第\s*)?\d+(\s*页)?(\s*[/／共]\s*\d+\s*页?)?[-—–－·\s]*$/;

/** Baselines closer than this share of the font size are one line. */
const SAME_LINE = 0.4;
/** A gap of at least this share of the font size between two items is a space. */
const WORD_GAP = 0.8;

// Module-level comparators rather than inline ones, which V8 compiles again after each full collection (ruling.ts).
const leftToRight = (a: PdfText, b: PdfText) => a.box[0] - b.box[0];
const topToBottom = (a: PdfText, b: PdfText) => b.baseline - a.baseline;
const boxOf = (item: PdfText) => item.box;

function joinLine(items: PdfText[]): TextLine {
  const sorted = items.slice().sort(leftToRight);
  const pieces: TextLine["pieces"] = [];
  let text = "";
  let size = 0;
  for (let i = 0; i < sorted.length; i++) {
    const [previous, item] = [sorted[i - 1], sorted[i]];
    if (previous && item.box[0] - previous.box[2] >= WORD_GAP * Math.min(item.size, previous.size)) text += " ";
    pieces.push({ item, start: text.length, end: text.length + item.text.length });
    text += item.text;
    size = Math.max(size, item.size);
  }
  return { text, pieces, box: unionBox(sorted.map(boxOf)), baseline: sorted[0].baseline, size };
}

/** A page's text items as lines, grouped once per check for whoever asks (the items list is the key). */
const linesOfItems = new WeakMap<PdfText[], TextLine[]>();

export function pageLines(items: PdfText[]): TextLine[] {
  let lines = linesOfItems.get(items);
  if (!lines) linesOfItems.set(items, (lines = groupLines(items)));
  return lines;
}

/** Lines top to bottom. */
export function groupLines(items: PdfText[]): TextLine[] {
  const sorted = items.slice().sort(topToBottom);
  const groups: PdfText[][] = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (first && first.baseline - item.baseline <= SAME_LINE * Math.min(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }
  return groups.map(joinLine);
}
