/** Helpers shared by the rule groups. Small, separate functions: each group adds its own. */
import type { Location, TableCellRef } from "../model/location";
import type { ParsedCell, ParsedTable } from "../parse/parsed";

/**
 * Whether every value cell of a table that was found is blank (an unfilled template). Such a table gets
 * one `structure/table-empty` finding, and the value-int rules stay silent on it.
 */
export function isTableEmpty(table: ParsedTable): boolean {
  return table.rows.every((row) => Object.values(row.cells).every((cell) => cell.problem === "empty"));
}

/** Where a value cell sits, with the model's table/row/column keys. */
export function cellLocation(cell: ParsedCell, ref: TableCellRef): Location {
  return { ...cell.location, ...ref };
}
