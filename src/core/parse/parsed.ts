/**
 * What the parser hands the rules: the report model plus where everything came from (blocks, cells,
 * labels as written), so every finding can point at its place.
 */
import type { ExtractedDocument } from "../model/document";
import type { Location, TableKey } from "../model/location";
import type { CellValue, FormatVersion, Report } from "../model/report";
import type { CellProblem } from "../text/normalize";

/** A value cell as the document wrote it. */
export interface ParsedCell {
  /** The cell text exactly as extracted. */
  raw: string;
  value: CellValue;
  /** The text held something other than a plain non-negative number (see parseCellValue). */
  problem: CellProblem | null;
  location: Location;
}

export interface ParsedRow {
  /** Template key (t2 row key, t3 row key, t4 group key). */
  key: string;
  /** The row label as written (label cells joined). */
  label: string;
  location: Location;
  /** Column key → cell. A column the row does not have is absent. */
  cells: Record<string, ParsedCell>;
  /** How many value cells the row had before they were matched to columns. */
  cellCount: number;
}

/** A row of the document that matched no template row (an added or unrecognisable row). */
export interface UnmatchedRow {
  label: string;
  location: Location;
}

export interface ParsedTable {
  /** Indexes of the blocks the table was read from. */
  blocks: number[];
  location: Location;
  rows: ParsedRow[];
  unmatched: UnmatchedRow[];
  /** Normalised header texts seen (column labels, sub-table captions). */
  headers: string[];
  /** Template columns that no header cell names (t3 only; t2 and t4 check their own). */
  missingColumns: string[];
}

export interface ParsedTable4 extends ParsedTable {
  /** Number of value cells found in the data row(s); 15 when complete. */
  cellCount: number;
}

export interface ParsedSection {
  number: number;
  /** Heading text as written, trimmed. */
  heading: string;
  /** Heading without its numbering, whitespace removed. */
  title: string;
  /** The numeral the heading carries ("一", "三"…), or null when it has none. */
  numeral: string | null;
  blockIndex: number;
  /** Index of the first block after this section (the next heading, or the end). */
  endBlock: number;
  location: Location;
}

/** A statistic table whose cells run together in a paragraph, so that it cannot be read (parse/unreadable.ts). */
export interface UnreadableTable {
  table: TableKey;
  /** A short piece of the run-together cells, for the message. */
  quote: string;
  location: Location;
}

export interface ParsedReport {
  report: Report;
  document: ExtractedDocument;
  /** The title as found, and where; null when none of the first lines reads like a title. */
  title: { text: string; location: Location; blocks: number[] } | null;
  /** Indexes of a saved web page's own lines around the report (来源、发布时间、打印…): no rule reads them. */
  pageLines: number[];
  /** Sections in document order; `duplicates` holds further headings of a section already seen. */
  sections: ParsedSection[];
  duplicates: ParsedSection[];
  tables: { t2?: ParsedTable; t3?: ParsedTable; t4?: ParsedTable4 };
  /** All words of the document that identify a template version (report-format §6.3), with places. */
  versionMarks: { word: string; version: FormatVersion; location: Location }[];
  /** Tables present only as run-together text; absent when there are none. */
  unreadableTables?: UnreadableTable[];
}
