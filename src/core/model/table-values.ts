/** Reading the report model's table figures by cell reference, for comparisons between reports. */
import type { TableCellRef } from "./table-keys";
import type { Report } from "./report";
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from "./template";

/** Every cell of the three tables the model can hold, in table order. */
export const TABLE_CELL_REFS: TableCellRef[] = [
  ...T2_ROWS.flatMap((row) => row.columns.map((column) => ({ table: "t2" as const, row: row.key, column }))),
  ...T3_ROWS.flatMap((row) => T3_COLUMNS.map((column) => ({ table: "t3" as const, row: row.key, column: column.key }))),
  ...T4_GROUPS.flatMap((group) => T4_COLUMNS.map((column) => ({ table: "t4" as const, row: group.key, column: column.key }))),
];

/** A cell's value in the model (a number or null), or undefined when the report has no such cell. T2's single-number rows hold their value directly. */
export function tableValue(report: Report, { table, row, column }: TableCellRef): unknown {
  const rowValue = (report.tables[table] as Record<string, unknown> | undefined)?.[row];
  return typeof rowValue === "object" && rowValue !== null ? (rowValue as Record<string, unknown>)[column] : rowValue;
}
