/**
 * The format-neutral document that every extractor (text, HTML, DOCX, PDF) produces and the parser
 * consumes: blocks in reading order, each with its location in the source.
 */
import type { Location } from "./location";

export const SOURCE_FORMATS = ["pdf", "docx", "doc", "txt", "html", "other"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A run of a paragraph's text that sits at its own place (a PDF text item, one line of a text file). */
export interface TextSpan {
  start: number;
  end: number;
  location: Location;
}

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  location: Location;
  /** Finer locations for parts of the text; absent when `location` alone maps offsets (text, DOCX). */
  spans?: TextSpan[];
}

export interface TableCell {
  text: string;
  location: Location;
  colSpan?: number;
  rowSpan?: number;
  /** Read by character recognition with low confidence, or not at all (then `text` is empty): check it against the original. */
  uncertain?: true;
}

export interface TableBlock {
  type: "table";
  /** Rows of cells in reading order; rows may be ragged. */
  rows: TableCell[][];
  location: Location;
}

export type Block = ParagraphBlock | TableBlock;

export interface ExtractedDocument {
  format: SourceFormat;
  blocks: Block[];
  /** Pages for PDF; used by limits and by rules that do not apply to some formats. */
  pageCount?: number;
  /** The text was read from page images by character recognition (a scan), not taken from the file. */
  ocr?: true;
}
