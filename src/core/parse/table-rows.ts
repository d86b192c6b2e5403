/** Splitting a table row into its label and its value cells, shared by the three tables. */
import type { TableCell } from "../model/document";
import { templateLocation, type Location, type TableCellRef } from "../model/location";
import { compact, isValueText, parseCellValue } from "../text/normalize";
import type { ParsedCell } from "./parsed";

export interface SplitRow {
  /** Label cells in order (text that is not a value). */
  labels: TableCell[];
  /** The cells after the last label. */
  values: TableCell[];
}

const isLabel = (cell: TableCell) => !isValueText(cell.text);

/** (A loop and a module-level test, not inline callbacks: see classify in tables.ts.) */
export function splitRow(row: TableCell[]): SplitRow {
  let last = -1;
  for (let index = 0; index < row.length; index++) if (isLabel(row[index])) last = index;
  return { labels: row.slice(0, last + 1).filter(isLabel), values: row.slice(last + 1) };
}

const isBlank = (cell: TableCell) => compact(cell.text) === "";

/**
 * The row's value cells fitted to `expected` columns: blank cells that only pad the row's ends are
 * dropped, and numbers standing before the values (a stray figure after the label) give way to the last
 * `expected` cells. `count` is how many value cells the row really has.
 */
export function fitValues(values: TableCell[], expected: number): { cells: TableCell[]; count: number } {
  let cells = values.slice();
  while (cells.length > expected && isBlank(cells[cells.length - 1])) cells.pop();
  while (cells.length > expected && isBlank(cells[0])) cells.shift();
  const count = cells.length;
  if (cells.length > expected) cells = cells.slice(-expected);
  return { cells, count };
}

export function readCell(cell: TableCell | undefined, fallback: Location, ref: TableCellRef): ParsedCell {
  const raw = cell?.text ?? "";
  const { value, problem } = parseCellValue(raw);
  return { raw, value, problem, location: templateLocation(cell?.location ?? fallback, ref) };
}

export function labelText(labels: TableCell[]): string {
  return labels.map((cell) => compact(cell.text)).join(" ");
}
