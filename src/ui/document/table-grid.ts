/**
 * 表二、表三、表四 laid out as the national format draws them (report-format.md §3–§5), from the template
 * data, with the report's values and the findings on each cell, row and table. Plain TypeScript, so the
 * node tests can run it; TableGrid.svelte only draws the result.
 */
import type { Location, TableKey } from "../../core/model/location";
import type { CellValue, Finding, Report, Table3Row } from "../../core/model/report";
import {
  T2_COLUMN_LABELS,
  T2_FEES_COLUMN_LABEL,
  T2_ROWS,
  T3_COLUMNS,
  T3_OTHER_ROWS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  TABLE_NAMES,
  t3Row,
  type T2RowTemplate,
  type T3RowTemplate,
} from "../../core/model/template";
import { bySeverity, indexed, type IndexedFinding } from "./locate";


/** Header words of the format that only the drawn table needs. */
const T2_CONTENT_HEADER = "信息内容";
const T3_BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const T3_APPLICANTS = "申请人情况";
const T3_ORGANISATIONS = "法人或其他组织";
/** The columns under 法人或其他组织: every column but 自然人 and 总计. */
const T3_ORGANISATION_COLUMNS = T3_COLUMNS.slice(1, -1);

export interface HeaderCell {
  kind: "header";
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface LabelCell {
  kind: "label";
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** Findings about the row as a whole (its label altered, the row merged), on the row's own label. */
  findings: IndexedFinding[];
}

export interface ValueCell {
  kind: "value";
  row: string;
  column: string;
  /** undefined: the row is missing from the report; null: the cell holds no number. */
  value: CellValue | undefined;
  colSpan?: number;
  findings: IndexedFinding[];
}

export type GridCell = HeaderCell | LabelCell | ValueCell;

export interface GridRow {
  key: string;
  /** The report leaves this row out. */
  missing: boolean;
  cells: GridCell[];
}

export interface GridTable {
  key: TableKey;
  name: string;
  /** The report has this table. */
  present: boolean;
  rows: GridRow[];
  /** Findings about the table but no cell or row of it drawn here. */
  findings: IndexedFinding[];
}

type FindingsAt = (row?: string, column?: string) => IndexedFinding[];

/** Whether a location is that of `table`'s cell (row and column), row (column absent) or the table itself (both absent). */
function isAt({ template }: Location, table: TableKey, row?: string, column?: string): boolean {
  return template?.table === table && template.row === row && template.column === column;
}

/** Findings on `table`'s cell, row or the table itself (a finding about several cells at each of its places). */
function findingsIn(findings: IndexedFinding[], table: TableKey, claimed: Set<number>): FindingsAt {
  return (row, column) => {
    const found = findings
      .filter(({ finding: { location } }) => isAt(location, table, row, column))
      .sort(bySeverity);
    for (const { index } of found) claimed.add(index);
    return found;
  };
}

function header(text: string, colSpan = 1, rowSpan = 1): HeaderCell {
  return { kind: "header", text, ...(colSpan > 1 && { colSpan }), ...(rowSpan > 1 && { rowSpan }) };
}

function label(text: string, findings: IndexedFinding[], colSpan = 1, rowSpan = 1): LabelCell {
  return { kind: "label", text, findings, ...(colSpan > 1 && { colSpan }), ...(rowSpan > 1 && { rowSpan }) };
}

function valueCell(at: FindingsAt, row: string, column: string, value: CellValue | undefined, colSpan = 1): ValueCell {
  return { kind: "value", row, column, value, findings: at(row, column), ...(colSpan > 1 && { colSpan }) };
}

// ---------------------------------------------------------------- 表二

function t2Value(report: Report | undefined, row: T2RowTemplate, column: string): CellValue | undefined {
  const written = report?.tables.t2?.[row.key];
  if (written === undefined || written === null || typeof written === "number") return written;
  return written[column as keyof typeof written];
}

function t2ColumnLabel(row: T2RowTemplate, column: string): string {
  return row.key === "fees" ? T2_FEES_COLUMN_LABEL : T2_COLUMN_LABELS[column];
}

/** Four sub-tables, one per 第二十条第（X）项: its heading, its column labels, its rows. */
function table2Rows(report: Report | undefined, at: FindingsAt): GridRow[] {
  const width = 1 + Math.max(...T2_ROWS.map((row) => row.columns.length));
  const items = [...new Set(T2_ROWS.map((row) => row.item))];
  return items.flatMap((item) => {
    const rows = T2_ROWS.filter((row) => row.item === item);
    const columns = rows[0].columns;
    const span = (width - 1) / columns.length;
    return [
      { key: `item-${item}`, missing: false, cells: [header(`第二十条第（${item}）项`, width)] },
      { key: `columns-${item}`, missing: false, cells: [header(T2_CONTENT_HEADER), ...columns.map((column) => header(t2ColumnLabel(rows[0], column), span))] },
      ...rows.map((row) => ({
        key: row.key,
        missing: report?.tables.t2?.[row.key] === undefined,
        cells: [label(row.label, at(row.key)), ...row.columns.map((column) => valueCell(at, row.key, column, t2Value(report, row, column), span))],
      })),
    ];
  });
}

// ---------------------------------------------------------------- 表三

function table3Header(): GridRow[] {
  return [
    { key: "head-1", missing: false, cells: [header(T3_BALANCE_NOTE, 3, 3), header(T3_APPLICANTS, T3_COLUMNS.length)] },
    {
      key: "head-2",
      missing: false,
      cells: [header(T3_COLUMNS[0].label, 1, 2), header(T3_ORGANISATIONS, T3_ORGANISATION_COLUMNS.length), header(T3_COLUMNS[T3_COLUMNS.length - 1].label, 1, 2)],
    },
    { key: "head-3", missing: false, cells: T3_ORGANISATION_COLUMNS.map((column) => header(column.label)) },
  ];
}

/**
 * The rows as the report has them: （六）其他处理 as its three sub-rows, or as one row when the report
 * merged them (then the sub-rows are not drawn: the finding on the merged row says they are missing).
 */
function shownT3Rows(rows: Partial<Record<string, Table3Row>>): T3RowTemplate[] {
  const merged = rows.other_total !== undefined;
  return T3_ROWS.filter((row) => (row.key === "other_total" ? merged : !(merged && T3_OTHER_ROWS.includes(row.key))));
}

/** Label cells: 一、/二、/四、 across three columns; 三、本年度办理结果 and （三）–（六） spanning the rows under them. */
function t3Labels(shown: T3RowTemplate[], row: T3RowTemplate, at: FindingsAt): LabelCell[] {
  const results = t3Row("disclosed").parent;
  const own = label(row.label, at(row.key), row.parent === "" ? 3 : row.parent === results ? 2 : 1);
  if (row.parent === "") return [own];
  const cells: LabelCell[] = [];
  const under = (parent: string) => shown.filter((other) => other.parent === parent || (parent === results && other.parent !== ""));
  if (under(results)[0] === row) cells.push(label(results, [], 1, under(results).length));
  if (row.parent !== results && under(row.parent)[0] === row) cells.push(label(row.parent, [], 1, under(row.parent).length));
  return [...cells, own];
}

function table3Rows(report: Report | undefined, at: FindingsAt): GridRow[] {
  const rows = report?.tables.t3 ?? {};
  const shown = shownT3Rows(rows);
  return [
    ...table3Header(),
    ...shown.map((row) => ({
      key: row.key,
      missing: rows[row.key] === undefined,
      cells: [...t3Labels(shown, row, at), ...T3_COLUMNS.map((column) => valueCell(at, row.key, column.key, rows[row.key]?.[column.key]))],
    })),
  ];
}

// ---------------------------------------------------------------- 表四

/** "行政诉讼（复议后起诉）" → ["行政诉讼", "复议后起诉"]; "行政复议" → ["行政复议", ""]. */
function t4GroupParts(text: string): [string, string] {
  const match = /^(.+)（(.+)）$/.exec(text);
  return match ? [match[1], match[2]] : [text, ""];
}

/** Three header rows: 行政复议 | 行政诉讼; its columns | 未经复议直接起诉 | 复议后起诉; the litigation columns. */
function table4Header(): GridRow[] {
  const parts = T4_GROUPS.map((group) => t4GroupParts(group.label));
  const tops = [...new Set(parts.map(([top]) => top))];
  const width = T4_COLUMNS.length;
  const columnHeaders = (rowSpan: number) => T4_COLUMNS.map((column) => header(column.label, 1, rowSpan));
  return [
    { key: "head-1", missing: false, cells: tops.map((top) => header(top, width * parts.filter(([t]) => t === top).length)) },
    { key: "head-2", missing: false, cells: parts.flatMap(([, sub]) => (sub ? [header(sub, width)] : columnHeaders(2))) },
    { key: "head-3", missing: false, cells: parts.flatMap(([, sub]) => (sub ? columnHeaders(1) : [])) },
  ];
}

function table4Rows(report: Report | undefined, at: FindingsAt): GridRow[] {
  const groups = report?.tables.t4 ?? {};
  const missing = T4_GROUPS.some((group) => groups[group.key] === undefined);
  const cells = T4_GROUPS.flatMap((group) => T4_COLUMNS.map((column) => valueCell(at, group.key, column.key, groups[group.key]?.[column.key])));
  return [...table4Header(), { key: "values", missing, cells }];
}

// ---------------------------------------------------------------- all three

const LAYOUTS: Record<TableKey, (report: Report | undefined, at: FindingsAt) => GridRow[]> = { t2: table2Rows, t3: table3Rows, t4: table4Rows };

export function gridTables(report: Report | undefined, findings: Finding[]): GridTable[] {
  const all = indexed(findings);
  return (Object.keys(LAYOUTS) as TableKey[]).map((key) => {
    const claimed = new Set<number>();
    const rows = LAYOUTS[key](report, findingsIn(all, key, claimed));
    const rest = all.filter(({ index, finding }) => finding.location.template?.table === key && !claimed.has(index)).sort(bySeverity);
    return { key, name: TABLE_NAMES[key], present: report?.tables[key] !== undefined, rows, findings: rest };
  });
}
