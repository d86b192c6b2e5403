/**
 * What the table rules share: reading a cell as a count, finding rows, naming cells the way the national
 * format writes them, and the value-int check that all three tables make.
 */
import type { TableCellRef } from "../../model/location";
import type { CellValue, T3ColumnKey, T4GroupKey, Table3 } from "../../model/report";
import {
  T2_COLUMN_LABELS,
  T2_FEES_COLUMN_LABEL,
  T2_ROWS,
  T3_COLUMNS,
  T3_OTHER_ROWS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  isT3RowKey,
  t3Row,
  type T2RowKey,
  type T3RowKey,
} from "../../model/template";
import type { CellProblem, ParsedCell, ParsedRow, ParsedTable } from "../../parse/parsed";
import { isTableEmpty } from "./common";
import type { FindingDraft } from "../rule";

type TableKey = TableCellRef["table"];

/** A row of one of the three tables, by the template's keys. */
export type RowKey = T2RowKey | T3RowKey | T4GroupKey;

export const TABLE_SHORT_NAMES: Record<TableKey, string> = { t2: "表二", t3: "表三", t4: "表四" };

/**
 * The cell's number when it is a valid count (a non-negative integer), else null. Sums are never
 * computed with an empty or invalid cell: the table's value-int finding already reports it.
 */
export function countOf(cell: ParsedCell | undefined): number | null {
  return validCount(cell?.value);
}

/** The value when it is a valid count (a non-negative integer), else null: a cell's value, or one saved in the history. */
export function validCount(value: unknown): number | null {
  return typeof value === "number" && value >= 0 && Number.isInteger(value) ? value : null;
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

/** The total (or another column) of a 表三 row of the report model; the row is the template's key, so a misspelt key does not compile. */
export function t3Count(t3: Table3 | undefined, row: T3RowKey, column: T3ColumnKey = "total"): CellValue | undefined {
  return t3?.[row]?.[column];
}

/** A row of a table by its key; the key is one of the template's, so a misspelt key does not compile. */
export function rowOf(table: ParsedTable, key: RowKey): ParsedRow | undefined {
  return table.rows.find((row) => row.key === key);
}

/** The 表三 rows summed into （七）总计: `other_total` stands for the three other_* rows when the document collapsed them. */
export function t3ResultRowKeys(t3: ParsedTable): T3RowKey[] {
  const collapsed = rowOf(t3, "other_total") !== undefined;
  const replaced: T3RowKey[] = collapsed ? T3_OTHER_ROWS : ["other_total"];
  return T3_ROWS.filter((row) => row.result && !replaced.includes(row.key)).map((row) => row.key);
}

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

/** Cells that hold no number at all (blank, “/”, “—”, “无”): zeros left out, one problem however many cells. */
const UNFILLED: (CellProblem | null)[] = ["empty", "placeholder"];
/** Rows named in the message of a finding about several cells; more are counted. */
const ROWS_NAMED = 3;

type RefCell = { cell: ParsedCell; ref: TableCellRef };

function rowName(ref: TableCellRef): string {
  return ref.table === "t2" ? t2RowName(ref.row) : ref.table === "t3" ? t3RowName(ref.row) : t4GroupName(ref.row);
}

function cellFinding({ cell, ref }: RefCell, wanted: string): FindingDraft {
  const written = cell.problem === "empty" ? "为空" : `填写为“${cell.raw.trim()}”`;
  const hint = cell.value === null ? "（无则填0）" : "";
  return { message: `${cellName(ref)}${written}，应填写${wanted}${hint}。`, location: cell.location };
}

/** “为空”, “填写为“/””, “为空或填写为“/”“—””: how the unfilled cells are written. */
function unfilledWording(cells: RefCell[]): string {
  const forms = [...new Set(cells.filter(({ cell }) => cell.problem !== "empty").map(({ cell }) => `“${cell.raw.trim()}”`))].join("");
  const blank = cells.some(({ cell }) => cell.problem === "empty");
  return blank ? (forms ? `为空或填写为${forms}` : "为空") : `填写为${forms}`;
}

/**
 * One finding for all the cells of a table that hold no number: which table, how many cells, which
 * rows. Its location is the table's, with every cell's own location in `cells` (and their boxes on a
 * PDF), so each cell is marked.
 */
function unfilledFinding(table: ParsedTable, key: TableKey, cells: RefCell[], wanted: string): FindingDraft {
  const rows = [...new Set(cells.map(({ ref }) => rowName(ref)))];
  const named = rows.slice(0, ROWS_NAMED).map((row) => `“${row}”`).join("");
  const more = rows.length > ROWS_NAMED ? `等${rows.length}行` : "";
  const locations = cells.map(({ cell }) => cell.location);
  const boxes = locations.flatMap((l) => (l.page !== undefined && l.box ? [{ page: l.page, box: l.box }] : []));
  return {
    message: `${TABLE_SHORT_NAMES[key]}有${cells.length}个单元格${unfilledWording(cells)}（${named}${more}），应填写${wanted}（无则填0）。`,
    location: { ...table.location, table: key, cells: locations, ...(boxes.length === cells.length && { page: boxes[0].page, box: boxes[0].box, boxes }) },
  };
}

/**
 * The value-int check of every table: the cells that `accepts` rejects. Cells that hold no number are
 * one finding per table when there are several (a report that leaves every zero blank); a negative or
 * a fraction is one finding per cell. An all-blank table is left to `structure/table-empty`.
 */
export function valueIntFindings(
  table: ParsedTable,
  key: TableKey,
  accepts: (cell: ParsedCell, ref: TableCellRef) => boolean,
  wanted: (ref: TableCellRef) => string,
): FindingDraft[] {
  if (isTableEmpty(table)) return [];
  const rejected = valueCells(table, key).filter(({ cell, ref }) => !accepts(cell, ref));
  const unfilled = rejected.filter(({ cell }) => UNFILLED.includes(cell.problem));
  if (unfilled.length < 2) return rejected.map((refCell) => cellFinding(refCell, wanted(refCell.ref)));
  const wording = [...new Set(unfilled.map(({ ref }) => wanted(ref)))];
  return [
    unfilledFinding(table, key, unfilled, wording.length === 1 ? wording[0] : "数值"),
    ...rejected.filter((refCell) => !unfilled.includes(refCell)).map((refCell) => cellFinding(refCell, wanted(refCell.ref))),
  ];
}

/**
 * 表二 rules run on the 2021 format only: the 2019 trial 表二 has other columns (本年新制作数量…, 本年增/减),
 * so its numbers do not mean what these rules check. 表三 and 表四 rules keep the engine's default.
 */
export function only2021(version: string): boolean {
  return version === "2021";
}
