/** The template tables and their cells' keys (model.md), below both the location and the cell names. */

/** The three statistics tables of the national format (表二, 表三, 表四), in order. */
export const TABLE_KEYS = ["t2", "t3", "t4"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];
export type T2Column = "issued" | "repealed" | "in_force" | "value";
export type T4Column = "upheld" | "corrected" | "other" | "pending" | "total";
export type T3ColumnKey = "natural_person" | "commercial" | "research" | "social" | "legal" | "other" | "total";
export type T4GroupKey = "review" | "litigation_direct" | "litigation_after_review";

/** One cell of a template table (model.md): row and column keys. */
export interface TableCellRef {
  table: TableKey;
  row: string;
  column: string;
}
