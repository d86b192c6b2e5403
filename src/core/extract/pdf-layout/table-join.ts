/**
 * A table that runs over page breaks, put back together into one block. A page break can also cut a
 * header cell in two ("自然" | "人", "结果" | "维持"): those halves become one cell again.
 */
import type { TableBlock, TableCell } from "../../model/document";
import { partsLocation, type PageFrames } from "./locations";
import { RULE_TOLERANCE } from "./ruling";
import { isNumber, type PdfCell, type PdfTable } from "./table";

export interface TablePart {
  table: PdfTable;
  page: number;
}

function sameColumns(above: PdfCell, below: PdfCell): boolean {
  const a = above.parts[above.parts.length - 1].box;
  const b = below.parts[0].box;
  return Math.abs(a[0] - b[0]) <= RULE_TOLERANCE && Math.abs(a[2] - b[2]) <= RULE_TOLERANCE;
}

/**
 * The cells of a page's first row that continue a cell of the row above the break, or null when the row
 * was not cut. Only header rows are cut this way (no numbers in either row); rows of the same structure
 * are simply consecutive rows, and a pair of blank cells is an unfilled template's next row.
 */
function cutCells(last: PdfCell[], first: PdfCell[]): Map<PdfCell, PdfCell> | null {
  if ([...last, ...first].some((cell) => isNumber(cell.text))) return null;
  const pairs = new Map<PdfCell, PdfCell>();
  for (const above of last) {
    const below = first.find((cell) => sameColumns(above, cell));
    if (below) pairs.set(above, below);
  }
  const sameStructure = pairs.size === last.length;
  const blankPair = [...pairs].some(([above, below]) => above.text === "" && below.text === "");
  return pairs.size === 0 || sameStructure || blankPair ? null : pairs;
}

/** Appends the cells of a label's lower half to the cells above the break with the same left edge; false if one has none. */
function continueLabels(last: PdfCell[], first: PdfCell[]): boolean {
  const left = (cell: PdfCell, part: number) => cell.parts.at(part)!.box[0];
  const above = first.map((cell) => last.find((candidate) => Math.abs(left(candidate, -1) - left(cell, 0)) <= RULE_TOLERANCE));
  if (above.some((cell) => !cell)) return false;
  first.forEach((cell, i) => {
    above[i]!.text = [above[i]!.text, cell.text].join("\n");
    above[i]!.parts.push(...cell.parts);
  });
  return true;
}

function appendPart(rows: PdfCell[][], next: PdfTable): void {
  const [first, ...rest] = next.rows;
  if (next.continuesLabel && rows.length && continueLabels(rows[rows.length - 1], first)) {
    rows.push(...rest);
    return;
  }
  const pairs = rows.length && first ? cutCells(rows[rows.length - 1], first) : null;
  if (!pairs) {
    rows.push(...next.rows);
    return;
  }
  for (const [above, below] of pairs) {
    above.text = [above.text, below.text].filter(Boolean).join("\n");
    above.parts.push(...below.parts);
  }
  const continued = new Set(pairs.values());
  const remaining = first.filter((cell) => !continued.has(cell));
  rows.push(...(remaining.length ? [remaining] : []), ...rest);
}

function tableCell(cell: PdfCell, frames: PageFrames): TableCell {
  const tableCell: TableCell = { text: cell.text, location: partsLocation(frames, cell.parts) };
  if (cell.colSpan > 1) tableCell.colSpan = cell.colSpan;
  if (cell.rowSpan > 1) tableCell.rowSpan = cell.rowSpan;
  return tableCell;
}

/** (Loops, not inline callbacks, which V8 would compile again after each full collection: ruling.ts.) */
function tableCells(rows: PdfCell[][], frames: PageFrames): TableCell[][] {
  const cells: TableCell[][] = [];
  for (const row of rows) {
    const cellsOfRow: TableCell[] = [];
    for (const cell of row) cellsOfRow.push(tableCell(cell, frames));
    cells.push(cellsOfRow);
  }
  return cells;
}

export function joinTable(parts: TablePart[], frames: PageFrames): TableBlock {
  const rows: PdfCell[][] = [];
  for (const { table } of parts) appendPart(rows, table);
  return {
    type: "table",
    rows: tableCells(rows, frames),
    location: partsLocation(frames, parts.map(({ table, page }) => ({ page, box: table.box }))),
  };
}
