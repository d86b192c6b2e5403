/**
 * What the table rules share: reading a cell as a count, finding rows, naming cells the way the national
 * format writes them, and the value-int check that all three tables make.
 */
import type { TableCellRef } from "../../model/location";
import {
  T2_COLUMN_LABELS,
  T2_FEES_COLUMN_LABEL,
  T2_ROWS,
  T3_COLUMNS,
  T3_OTHER_ROWS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  t3Row,
} from "../../model/template";
import type { ParsedCell, ParsedRow, ParsedTable } from "../../parse/parsed";
import { isTableEmpty } from "../common";
import type { FindingDraft } from "../rule";

type TableKey = TableCellRef["table"];

export const TABLE_SHORT_NAMES: Record<TableKey, string> = { t2: "表二", t3: "表三", t4: "表四" };

/**
 * The cell's number when it is a valid count (a non-negative integer), else null. Sums are never
 * computed with an empty or invalid cell: the table's value-int finding already reports it.
 */
export function countOf(cell: ParsedCell | undefined): number | null {
  const value = cell?.value;
  return value != null && value >= 0 && Number.isInteger(value) ? value : null;
}

/** The sum of the cells' counts, or null when any cell is missing, empty or invalid. */
export function sumOfCounts(cells: (ParsedCell | undefined)[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    const count = countOf(cell);
    if (count === null) return null;
    sum += count;
  }
  return sum;
}

/** The parts' sum and the written total when both are readable and differ; otherwise null. */
export function totalMismatch(
  parts: (ParsedCell | undefined)[],
  total: ParsedCell | undefined,
): { sum: number; written: number } | null {
  const sum = sumOfCounts(parts);
  const written = countOf(total);
  return sum !== null && written !== null && sum !== written ? { sum, written } : null;
}

export function rowOf(table: ParsedTable, key: string): ParsedRow | undefined {
  return table.rows.find((row) => row.key === key);
}

/** The 表三 rows summed into （七）总计: `other_total` stands for the three other_* rows when the document collapsed them. */
export function t3ResultRowKeys(t3: ParsedTable): string[] {
  const collapsed = rowOf(t3, "other_total") !== undefined;
  const replaced = collapsed ? T3_OTHER_ROWS : ["other_total"];
  return T3_ROWS.filter((row) => row.result && !replaced.includes(row.key)).map((row) => row.key);
}

/** A 表三 row as the format writes it, with its heading for the numbered sub-rows: "（四）无法提供—1.本机关不掌握相关政府信息". */
export function t3RowName(key: string): string {
  const row = t3Row(key);
  return row.parent.startsWith("（") ? `${row.parent}—${row.label}` : row.label;
}

export function t3ColumnName(key: string): string {
  return T3_COLUMNS.find((column) => column.key === key)?.label ?? key;
}

export function t4GroupName(key: string): string {
  return T4_GROUPS.find((group) => group.key === key)?.label ?? key;
}

export function t4ColumnName(key: string): string {
  return T4_COLUMNS.find((column) => column.key === key)?.label ?? key;
}

export function t2RowName(key: string): string {
  return T2_ROWS.find((row) => row.key === key)?.label ?? key;
}

function t2ColumnName(row: string, column: string): string {
  return row === "fees" ? T2_FEES_COLUMN_LABEL : (T2_COLUMN_LABELS[column] ?? column);
}

/** A cell named as in the messages of rules.md: 表三“二、上年结转政府信息公开申请数量—科研机构”. */
export function cellName(ref: TableCellRef): string {
  const [row, column] =
    ref.table === "t2"
      ? [t2RowName(ref.row), t2ColumnName(ref.row, ref.column)]
      : ref.table === "t3"
        ? [t3RowName(ref.row), t3ColumnName(ref.column)]
        : [t4GroupName(ref.row), t4ColumnName(ref.column)];
  return `${TABLE_SHORT_NAMES[ref.table]}“${row}—${column}”`;
}

/** Every value cell of a table with its model reference, in row order. */
export function valueCells(table: ParsedTable, key: TableKey): { cell: ParsedCell; ref: TableCellRef }[] {
  return table.rows.flatMap((row) =>
    Object.entries(row.cells).map(([column, cell]) => ({ cell, ref: { table: key, row: row.key, column } })),
  );
}

/**
 * The value-int check of every table: one finding per cell that `accepts` rejects. An all-blank table
 * is left to `structure/table-empty`.
 */
export function valueIntFindings(
  table: ParsedTable,
  key: TableKey,
  accepts: (cell: ParsedCell, ref: TableCellRef) => boolean,
  wanted: (ref: TableCellRef) => string,
): FindingDraft[] {
  if (isTableEmpty(table)) return [];
  return valueCells(table, key)
    .filter(({ cell, ref }) => !accepts(cell, ref))
    .map(({ cell, ref }) => {
      const written = cell.problem === "empty" ? "为空" : `填写为“${cell.raw.trim()}”`;
      const hint = cell.value === null ? "（无则填0）" : "";
      return { message: `${cellName(ref)}${written}，应填写${wanted(ref)}${hint}。`, location: cell.location };
    });
}

/**
 * 表二 rules run on the 2021 format only: the 2019 trial 表二 has other columns (本年新制作数量…, 本年增/减),
 * so its numbers do not mean what these rules check. 表三 and 表四 rules keep the engine's default.
 */
export function only2021(version: string): boolean {
  return version === "2021";
}
