/**
 * Where a block, cell or finding sits in the source document (see shared/spec/model.md, "Locations"):
 * one shape per kind of source, told apart by `kind`, each optionally naming the template table cell,
 * row or table it is about. `describeLocation` says it in Chinese, `compareLocations` orders it.
 */
import { cellName, rowName, TABLE_SHORT_NAMES } from "./cell-names";
import type { TableKey } from "./table-keys";

export { TABLE_KEYS, type T2Column, type T4Column, type TableCellRef, type TableKey } from "./table-keys";

/** PDF user-space rectangle [x0, y0, x1, y1], origin bottom left. */
export type Box = [number, number, number, number];

export interface PageBox {
  page: number;
  box: Box;
}

/** What a location is about in a template table: a cell, a row (no column) or the table itself (neither). */
export interface TemplateRef {
  table: TableKey;
  row?: string;
  column?: string;
}

interface InTemplate {
  /** The template table cell, row or table this place is, whatever the source format. */
  template?: TemplateRef;
}

/** Text and HTML: a range of characters, lines and columns 1-based, the end column exclusive. */
interface TextFields {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** PDF: a box on a page; `boxes` lists every box, each on its page, when the place spans several. */
interface PdfFields {
  page: number;
  box: Box;
  boxes?: PageBox[];
}

/**
 * Word (.docx, and .doc/.wps read into the same blocks): `block` is the index of the paragraph or table
 * among the children of w:body; `start`/`end` character offsets in a paragraph's text; `cell` the row
 * and column of a cell inside a table block.
 */
interface DocxFields {
  block: number;
  start?: number;
  end?: number;
  cell?: { row: number; column: number };
}

/** Another kind's fields, absent: a location never mixes two kinds, and any field reads as undefined on the others. */
type Absent<T> = { [K in keyof T]?: never };

export type TextLocation = { kind: "text" } & TextFields & Absent<PdfFields & DocxFields> & InTemplate;
export type PdfLocation = { kind: "pdf" } & PdfFields & Absent<TextFields & DocxFields> & InTemplate;
export type DocxLocation = { kind: "docx" } & DocxFields & Absent<TextFields & PdfFields> & InTemplate;
/** The file as a whole, for what is about no place in it: a file checked twice in a batch, a rule that failed. */
export type FileLocation = { kind: "file" } & Absent<TextFields & PdfFields & DocxFields> & InTemplate;

export type Location = TextLocation | PdfLocation | DocxLocation | FileLocation;

export const WHOLE_FILE: FileLocation = { kind: "file" };

/** A source location as a template table's cell, row or table. */
export function templateLocation(source: Location, template: TemplateRef): Location {
  return { ...source, template };
}

/** The boxes a location marks on PDF pages; none for other sources. */
export function pageBoxes(location: Location): PageBox[] {
  if (location.kind !== "pdf") return [];
  return location.boxes?.length ? location.boxes : [{ page: location.page, box: location.box }];
}

function templateText({ table, row, column }: TemplateRef): string {
  if (row !== undefined && column !== undefined) return cellName({ table, row, column });
  return row !== undefined ? `${TABLE_SHORT_NAMES[table]}“${rowName(table, row)}”行` : TABLE_SHORT_NAMES[table];
}

function sourceText(location: Location): string {
  if (location.kind === "pdf") return `第${location.page}页`;
  if (location.kind === "text") return `第${location.line}行`;
  if (location.kind === "file") return "";
  // Word blocks are counted from 0 among the children of w:body.
  return `第${location.block + 1}段`;
}

/** A place as the user looks for it: 第3页, 第12行 or 第5段, then the template cell, row or table: 第3页 表三“（七）总计—总计”. */
export function describeLocation(location: Location): string {
  return [sourceText(location), location.template ? templateText(location.template) : ""].filter(Boolean).join(" ");
}

/** Places named in a description of several; the rest are counted. */
const PLACES_NAMED = 5;

/** Every place of a finding: "第3页", or "共4处：第12行、第16行" for a finding at several places (each place named once). */
export function describePlaces(places: Location[]): string {
  const named = [...new Set(places.map(describeLocation))];
  if (places.length <= 1) return named.join("");
  const more = named.length > PLACES_NAMED ? "等" : "";
  return `共${places.length}处：${named.slice(0, PLACES_NAMED).join("、")}${more}`;
}

const KIND_ORDER: Location["kind"][] = ["file", "text", "pdf", "docx"];

function position(location: Location): number[] {
  if (location.kind === "text") return [location.line, location.column];
  // PDF: page, then top to bottom (y grows upwards), then left to right.
  if (location.kind === "pdf") return [location.page, -location.box[3], location.box[0]];
  if (location.kind === "file") return [];
  return [location.block, location.cell?.row ?? -1, location.cell?.column ?? -1, location.start ?? 0];
}

/** Document order: negative when `a` comes first. Locations of one file share a kind (the whole file comes first). */
export function compareLocations(a: Location, b: Location): number {
  if (a.kind !== b.kind) return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  const [pa, pb] = [position(a), position(b)];
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
