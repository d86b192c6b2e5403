/** Where a block, cell or finding sits in the source document (see shared/spec/model.md, "Locations"). */

/** PDF user-space rectangle [x0, y0, x1, y1], origin bottom left. */
export type Box = [number, number, number, number];

export interface PageBox {
  page: number;
  box: Box;
}

/** The three statistics tables of the national format (表二, 表三, 表四), in order. */
export const TABLE_KEYS = ["t2", "t3", "t4"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];
export type T2Column = "issued" | "repealed" | "in_force" | "value";
export type T4Column = "upheld" | "corrected" | "other" | "pending" | "total";

export interface TableCellRef {
  table: TableKey;
  row: string;
  column: string;
}

export interface Location {
  // Table cells, whatever the format (model.md): which cell of which template table
  table?: TableKey;
  row?: string;
  /**
   * Text and HTML: the 1-based character column. On a table cell this is the template column key
   * (model.md), and the cell's character column moves to `textColumn`; use `cellLocation()`.
   */
  column?: number | string;
  textColumn?: number;
  // PDF
  page?: number;
  box?: Box;
  boxes?: PageBox[];
  // DOCX: index among the children of w:body; character offsets inside a paragraph
  block?: number;
  start?: number;
  end?: number;
  /** DOCX table cell: row and column index inside the table block. */
  cellRow?: number;
  cellColumn?: number;
  // Text and HTML, 1-based
  line?: number;
  endLine?: number;
  endColumn?: number;
  /**
   * A finding about several cells of one table (its blank cells): each cell's own location, table
   * reference included, so every cell can be marked; the location itself is the table's.
   */
  cells?: Location[];
}

/** A cell's source location with its template reference; a text column moves to `textColumn`. */
export function cellLocation(source: Location, ref: TableCellRef): Location {
  const { column, ...rest } = source;
  return { ...rest, ...(typeof column === "number" && { textColumn: column }), ...ref };
}
