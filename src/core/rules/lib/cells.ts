/**
 * What the table rules share: reading a cell as a count, finding rows, naming cells the way the national
 * format writes them, and the value-int check that all three tables make.
 */
import { cellName, rowName, TABLE_SHORT_NAMES } from "../../model/cell-names";
import { templateLocation, type TableCellRef, type TableKey } from "../../model/location";
import type { CellValue, T3ColumnKey, T4GroupKey, Table3 } from "../../model/report";
import { T3_OTHER_ROWS, T3_ROWS, type T2RowKey, type T3RowKey } from "../../model/template";
import type { ParsedCell, ParsedRow, ParsedTable } from "../../parse/parsed";
import type { CellProblem } from "../../text/normalize";
import { isTableEmpty } from "./common";
import type { FindingDraft } from "../rule";

/** A row of one of the three tables, by the template's keys. */
export type RowKey = T2RowKey | T3RowKey | T4GroupKey;

// The names live with the template (model/cell-names.ts); the table rules take them from here.
export { cellName, t2RowName, t3ColumnName, t3RowName, t4ColumnName, t4GroupName, TABLE_SHORT_NAMES } from "../../model/cell-names";

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

/** Every value cell of a table with its model reference, in row order. */
export function valueCells(table: ParsedTable, key: TableKey): { cell: ParsedCell; ref: TableCellRef }[] {
  // Loops, not inline callbacks, which V8 would compile again after each full collection (README, "V8").
  const cells: { cell: ParsedCell; ref: TableCellRef }[] = [];
  for (const row of table.rows) {
    for (const [column, cell] of Object.entries(row.cells)) cells.push({ cell, ref: { table: key, row: row.key, column } });
  }
  return cells;
}

/** Cells that hold no number at all (blank, “/”, “—”, “无”): zeros left out, one problem however many cells. */
const UNFILLED: (CellProblem | null)[] = ["empty", "placeholder"];
/** Rows named in the message of a finding about several cells; more are counted. */
const ROWS_NAMED = 3;

type RefCell = { cell: ParsedCell; ref: TableCellRef };

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
 * rows. Its location is the table's, and every cell is one of its places, so each cell is marked.
 */
function unfilledFinding(table: ParsedTable, key: TableKey, cells: RefCell[], wanted: string): FindingDraft {
  const rows = [...new Set(cells.map(({ ref }) => rowName(ref.table, ref.row)))];
  const named = rows.slice(0, ROWS_NAMED).map((row) => `“${row}”`).join("");
  const more = rows.length > ROWS_NAMED ? `等${rows.length}行` : "";
  return {
    message: `${TABLE_SHORT_NAMES[key]}有${cells.length}个单元格${unfilledWording(cells)}（${named}${more}），应填写${wanted}（无则填0）。`,
    location: templateLocation(table.location, { table: key }),
    places: cells.map(({ cell }) => cell.location),
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
