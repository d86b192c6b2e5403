/**
 * What the typography rules read: the document's text in pieces (paragraphs, table cells), each able to
 * say where a character range of it sits, and small helpers to quote the characters a finding is about.
 */
import type { ParagraphBlock, TableCell } from "../../model/document";
import type { Location } from "../../model/location";
import type { ParsedReport } from "../../parse/parsed";
import { cached } from "./memo";
import { allParagraphs, rangeLocation } from "./text";

export interface TextPiece {
  text: string;
  /** Index of the block the piece belongs to. */
  blockIndex: number;
  /** Where characters [start, end) of the piece are. */
  locate(start: number, end: number): Location;
}

export function paragraphPiece(block: ParagraphBlock, blockIndex: number): TextPiece {
  return { text: block.text, blockIndex, locate: (start, end) => rangeLocation(block, start, end) };
}

/**
 * The pieces of one report are made once per check and shared by the typography rules (as the narrative
 * rules share their sentences, prose.ts): kept with the parsed report (memo.ts), gone with it. The rules
 * only read them.
 */
const paragraphsOfReport = new WeakMap<ParsedReport, TextPiece[]>();
const cellsOfReport = new WeakMap<ParsedReport, TextPiece[]>();
const piecesOfReport = new WeakMap<ParsedReport, TextPiece[]>();

export function paragraphPieces(parsed: ParsedReport): TextPiece[] {
  return cached(paragraphsOfReport, parsed, () => allParagraphs(parsed).map(({ block, index }) => paragraphPiece(block, index)));
}

/**
 * A range inside a table cell. A text cell continued on the next lines ("商业\n企业") goes on at
 * column 1 of each; a DOCX cell keeps its grid place and gets character offsets.
 */
function cellRangeLocation(cell: TableCell, start: number, end: number): Location {
  const { location, text } = cell;
  if (location.kind === "text") {
    const before = text.slice(0, start);
    const lineBreak = before.lastIndexOf("\n");
    const line = location.line + (before.split("\n").length - 1);
    const column = lineBreak < 0 ? location.column + start : start - lineBreak;
    return { kind: "text", line, column, endLine: line, endColumn: column + (end - start) };
  }
  if (location.kind === "docx") return { ...location, start, end };
  return location;
}

export function cellPieces(parsed: ParsedReport): TextPiece[] {
  return cached(cellsOfReport, parsed, readCellPieces);
}

// A module-level comparator and loops, not inline callbacks, which V8 would compile again after each full
// collection (README, "V8").
const byBlock = (a: TextPiece, b: TextPiece) => a.blockIndex - b.blockIndex;

function readCellPieces(parsed: ParsedReport): TextPiece[] {
  const pieces: TextPiece[] = [];
  const { blocks } = parsed.document;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block.type !== "table") continue;
    for (const row of block.rows) {
      for (const cell of row) {
        if (cell.text.trim() !== "") pieces.push({ text: cell.text, blockIndex, locate: (start, end) => cellRangeLocation(cell, start, end) });
      }
    }
  }
  return pieces;
}

/** Paragraphs and table cells in document order. */
export function allPieces(parsed: ParsedReport): TextPiece[] {
  return cached(piecesOfReport, parsed, () => [...paragraphPieces(parsed), ...cellPieces(parsed)].sort(byBlock));
}


const HAN = /\p{Script=Han}/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Characters a quotation stops at: white space and punctuation. */
const QUOTE_STOP = /[\s\p{P}\p{S}]/u;
const ALPHANUMERIC = /^[0-9A-Za-z０-９]$/;

/**
 * Characters [start, end) with up to `width` neighbouring characters on each side, stopping at white
 * space and punctuation, and never inside a number or a Latin word: the words around the fault, as a
 * reader would search for them. With `replacement`, the same words with the fault corrected.
 */
export function quoteAround(text: string, start: number, end: number, width = 4, replacement?: string): string {
  const word = (a: string | undefined, b: string | undefined) => ALPHANUMERIC.test(a ?? "") && ALPHANUMERIC.test(b ?? "");
  let from = start;
  while (from > 0 && (start - from < width || word(text[from - 1], text[from])) && !QUOTE_STOP.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && (to - end < width || word(text[to - 1], text[to])) && !QUOTE_STOP.test(text[to])) to++;
  return text.slice(from, start) + (replacement ?? text.slice(start, end)) + text.slice(end, to);
}

/** A long quotation shortened to its start and end. */
export function shorten(text: string, max = 20): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

