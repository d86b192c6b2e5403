/**
 * Which findings point at which paragraph, table or cell of `result.blocks`, whatever format the
 * locations come from (shared/spec/model.md, "Locations"): DOCX block and cell indexes, text and HTML
 * lines and columns, PDF pages and boxes. Plain TypeScript, so the node tests can run it.
 */
import type { Block, TableCell } from "../../core/model/document";
import { pageBoxes, type Box, type Location, type TextLocation } from "../../core/model/location";
import type { Finding, Severity } from "../../core/model/report";

/** A finding with its index in `result.findings`, the index the page selects it by. */
export interface IndexedFinding {
  index: number;
  finding: Finding;
}

/** Each finding at each of its places (a problem repeated in the report has several), all under its index. */
export function indexed(findings: Finding[]): IndexedFinding[] {
  return findings.flatMap((finding, index) =>
    finding.places ? finding.places.map((location) => ({ index, finding: { ...finding, location } })) : [{ index, finding }],
  );
}

/** Characters [start, end) of a paragraph's text. */
export interface CharacterRange {
  start: number;
  end: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most severe first, so a place flagged twice shows its worst finding's colour. */
export function bySeverity(a: IndexedFinding, b: IndexedFinding): number {
  return SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index;
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function centreInside(inner: Box, outer: Box): boolean {
  const x = (inner[0] + inner[2]) / 2;
  const y = (inner[1] + inner[3]) / 2;
  return outer[0] <= x && x <= outer[2] && outer[1] <= y && y <= outer[3];
}

/** A finding about a single cell (or row) of a table, not the table as a whole. */
function isCellFinding(location: Location): boolean {
  return location.template?.row !== undefined || (location.kind === "docx" && location.cell !== undefined);
}

function linesOverlap(a: TextLocation, b: TextLocation): boolean {
  return a.line <= b.endLine && b.line <= a.endLine;
}

/** The finding points at this paragraph or table as a whole (or at characters in it). */
export function pointsAtBlock(block: Block, finding: Location): boolean {
  const place = block.location;
  if (isCellFinding(finding) && block.type === "table") return false;
  if (place.kind === "docx") return finding.kind === "docx" && finding.block === place.block && finding.cell === undefined;
  if (place.kind === "text") return finding.kind === "text" && finding.template?.column === undefined && linesOverlap(place, finding);
  if (place.kind === "pdf") return pageBoxes(finding).some((part) => part.page === place.page && boxesOverlap(part.box, place.box));
  return false;
}

/** The finding points at this table cell. */
export function pointsAtCell(cell: TableCell, finding: Location): boolean {
  const place = cell.location;
  if (place.kind === "docx") {
    return finding.kind === "docx" && finding.block === place.block && finding.cell?.row === place.cell?.row && finding.cell?.column === place.cell?.column;
  }
  if (place.kind === "text") {
    return finding.kind === "text" && finding.template?.column !== undefined && finding.line === place.line && finding.column === place.column;
  }
  if (place.kind === "pdf" && isCellFinding(finding)) return pageBoxes(finding).some((part) => part.page === place.page && centreInside(part.box, place.box));
  return false;
}

/**
 * The characters of a paragraph a finding is about, when its location says so exactly: DOCX offsets, or
 * columns on the paragraph's one source line when that line holds the paragraph's text as it is (a text
 * file; not HTML with markup or entities inside the paragraph).
 */
export function characterRange(block: Block, finding: Location): CharacterRange | null {
  if (block.type !== "paragraph") return null;
  const place = block.location;
  if (place.kind === "docx") {
    return finding.kind === "docx" && finding.start !== undefined && finding.end !== undefined ? { start: finding.start, end: finding.end } : null;
  }
  if (place.kind !== "text" || finding.kind !== "text") return null;
  const oneLine = place.line === place.endLine && finding.line === place.line && finding.endLine === place.line;
  if (!oneLine || place.endColumn !== place.column + block.text.length) return null;
  return { start: finding.column - place.column, end: finding.endColumn - place.column };
}

/** A run of a paragraph's text and the findings about exactly these characters (none: plain text). */
export interface Segment {
  text: string;
  items: IndexedFinding[];
}

/** The paragraph's text cut where a finding's characters begin or end. */
export function segments(text: string, ranged: { range: CharacterRange; item: IndexedFinding }[]): Segment[] {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  const cuts = [...new Set([0, text.length, ...ranged.flatMap(({ range }) => [clamp(range.start), clamp(range.end)])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, i) => ({
    text: text.slice(start, cuts[i + 1]),
    items: ranged.filter(({ range }) => range.start <= start && cuts[i + 1] <= range.end).map(({ item }) => item),
  }));
}
