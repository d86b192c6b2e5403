/** The template tables' cells, rows and tables named as the national format and rules.md write them. */
import type { TableCellRef, TableKey } from "./table-keys";
import { isT3RowKey, T2_COLUMN_LABELS, T2_FEES_COLUMN_LABEL, T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS, t3Row } from "./template";

export const TABLE_SHORT_NAMES: Record<TableKey, string> = { t2: "表二", t3: "表三", t4: "表四" };

/** A 表三 row as the format writes it, with its heading for the numbered sub-rows: "（四）无法提供—1.本机关不掌握相关政府信息". */
export function t3RowName(key: string): string {
  if (!isT3RowKey(key)) throw new Error(`unknown 表三 row ${key}`);
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

/** A template row by its key: 第二十条第（五）项's 行政许可, 表三's “二、上年结转…”, 表四's 行政复议. */
export function rowName(table: TableKey, row: string): string {
  return table === "t2" ? t2RowName(row) : table === "t3" ? t3RowName(row) : t4GroupName(row);
}

/** A cell named as in the messages of rules.md: 表三“二、上年结转政府信息公开申请数量—科研机构”. */
export function cellName(ref: TableCellRef): string {
  const column = ref.table === "t2" ? t2ColumnName(ref.row, ref.column) : ref.table === "t3" ? t3ColumnName(ref.column) : t4ColumnName(ref.column);
  return `${TABLE_SHORT_NAMES[ref.table]}“${rowName(ref.table, ref.row)}—${column}”`;
}
