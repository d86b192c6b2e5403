/**
 * A ruled table rebuilt from geometry. The grid's slots are joined into cells wherever no ruling line
 * separates them (merged cells), each text item goes to the cell under its centre (so a wrapped label
 * and numbers set off their label's baseline land in the right cell), and each row lists the cells that
 * start in it. Label cells left empty by merges are dropped; value cells stay, empty or not, so columns
 * never shift.
 */
import type { Box } from "../../model/location";
import { parseCellValue } from "../../text/normalize";
import { centre } from "./geometry";
import { groupLines } from "./lines";
import type { PdfText } from "./page";
import { rootOf, RULE_TOLERANCE, spans, type Grid, type Rule } from "./ruling";

/** A cell in the reading frame, with the page part(s) it covers (two when a page break cuts it). */
export interface PdfCell {
  text: string;
  parts: { page: number; box: Box }[];
  colSpan: number;
  rowSpan: number;
}

export interface PdfTable {
  rows: PdfCell[][];
  box: Box;
  singleColumn: boolean;
  /** Unruled: only header rows, at a page's end; a table only if one goes on at the next page's top. */
  tentative?: boolean;
  /** Unruled: the first row is the end of a label cut by the page break (it lies left of every number). */
  continuesLabel?: boolean;
}

export interface GridCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  items: PdfText[];
}

/** An empty cell thinner than this is a sliver between a border and a line's overshoot, not a cell. */
const SLIVER = 4;

export function isNumber(text: string): boolean {
  return parseCellValue(text).value !== null;
}

function ruledAt(rules: Rule[], at: number, along: number): boolean {
  return rules.some((rule) => Math.abs(rule.at - at) <= RULE_TOLERANCE && spans(rule, along, 0));
}

/** Index of the slot between consecutive bounds that holds `value`, or -1. */
function slotOf(bounds: number[], value: number): number {
  for (let i = 0; i < bounds.length - 1; i++) {
    if (value >= Math.min(bounds[i], bounds[i + 1]) && value <= Math.max(bounds[i], bounds[i + 1])) return i;
  }
  return -1;
}

/** Slots joined into cells (neighbours with no ruling line between them are one cell), and each slot's cell. */
export function mergeSlots({ xs, ys, horizontal, vertical }: Grid): { cells: GridCell[]; cellAt: (row: number, column: number) => GridCell } {
  const columns = xs.length - 1;
  // Loops rather than forEach callbacks, which V8 would compile again after each full collection (ruling.ts).
  const parent: number[] = [];
  for (let slot = 0; slot < columns * (ys.length - 1); slot++) parent.push(slot);
  for (let slot = 0; slot < parent.length; slot++) {
    const [row, column] = [Math.floor(slot / columns), slot % columns];
    const [middleX, middleY] = [(xs[column] + xs[column + 1]) / 2, (ys[row] + ys[row + 1]) / 2];
    if (column > 0 && !ruledAt(vertical, xs[column], middleY)) parent[rootOf(parent, slot)] = rootOf(parent, slot - 1);
    if (row > 0 && !ruledAt(horizontal, ys[row], middleX)) parent[rootOf(parent, slot)] = rootOf(parent, slot - columns);
  }
  const byRoot = new Map<number, GridCell>();
  for (let slot = 0; slot < parent.length; slot++) {
    const [row, column] = [Math.floor(slot / columns), slot % columns];
    const cell = byRoot.get(rootOf(parent, slot));
    if (!cell) {
      byRoot.set(rootOf(parent, slot), { row, column, rowSpan: 1, colSpan: 1, box: [xs[column], ys[row + 1], xs[column + 1], ys[row]], items: [] });
      continue;
    }
    cell.rowSpan = Math.max(cell.rowSpan, row - cell.row + 1);
    cell.colSpan = Math.max(cell.colSpan, column - cell.column + 1);
    cell.box = [cell.box[0], Math.min(cell.box[1], ys[row + 1]), Math.max(cell.box[2], xs[column + 1]), cell.box[3]];
  }
  return { cells: [...byRoot.values()], cellAt: (row, column) => byRoot.get(rootOf(parent, row * columns + column))! };
}

const lineText = (line: { text: string }) => line.text;
const byColumn = (a: GridCell, b: GridCell) => a.column - b.column;

export function buildTable(grid: Grid, items: PdfText[], page: number): PdfTable {
  const { cells, cellAt } = mergeSlots(grid);
  for (const item of items) {
    const [x, centreY] = centre(item.box);
    const y = Math.max(centreY, grid.box[1]);
    const [row, column] = [slotOf(grid.ys, y), slotOf(grid.xs, x)];
    if (row >= 0 && column >= 0) cellAt(row, column).items.push(item);
  }
  const texts = new Map<GridCell, string>();
  for (const cell of cells) texts.set(cell, groupLines(cell.items).map(lineText).join("\n"));
  // Value columns start at the leftmost cell holding a number; without numbers every cell is kept.
  const numbers = cells.filter((cell) => isNumber(texts.get(cell)!));
  const firstValueColumn = numbers.length ? Math.min(...numbers.map((cell) => cell.column)) : 0;
  const kept = cells.filter((cell) => {
    const empty = texts.get(cell) === "";
    const sliver = cell.box[2] - cell.box[0] < SLIVER || cell.box[3] - cell.box[1] < SLIVER;
    const emptyLabel = cell.column + cell.colSpan <= firstValueColumn;
    return !(empty && (sliver || emptyLabel));
  });
  const rows: PdfCell[][] = Array.from({ length: grid.ys.length - 1 }, () => []);
  for (const cell of kept.sort(byColumn)) {
    rows[cell.row].push({ text: texts.get(cell)!, parts: [{ page, box: cell.box }], colSpan: cell.colSpan, rowSpan: cell.rowSpan });
  }
  return { rows: rows.filter((row) => row.length > 0), box: grid.box, singleColumn: grid.singleColumn };
}
