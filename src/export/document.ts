/**
 * What the Word exports (docx.ts) and their printable pages (print.ts) are made of: parts of titled
 * paragraphs, tables and pictures, each part on its own page. The letters (letter.ts) and the boss's
 * brief (brief.ts) are written in these terms and laid out the same way in both.
 */

/** A table cell: its text, and a small second line (a rule's id) under it. */
export interface NotedCell {
  text: string;
  note: string;
}

export type Cell = string | NotedCell;

export interface DocTable {
  header: string[];
  rows: Cell[][];
  /** Each column's relative width. */
  weights: number[];
}

/** A PNG picture and its size in CSS pixels; `alt` says what it shows. */
export interface DocImage {
  png: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export type DocItem =
  | { kind: "title" | "heading" | "text" | "right" | "note"; text: string }
  | { kind: "table"; table: DocTable }
  | { kind: "image"; image: DocImage };

export interface ExportDocument {
  /** The document's title: its first part's. */
  title: string;
  /** Each part starts a page. */
  parts: DocItem[][];
}

export function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell : cell.text;
}

/** Each column's share of the table's width. */
export function columnShares(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / total);
}

export const text = (value: string): DocItem => ({ kind: "text", text: value });
