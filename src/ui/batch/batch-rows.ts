/** The batch table's rows: what each column shows for a file, and sorting by any column. */
import { SEVERITY_LABELS, type CheckResult } from "../../core/model/report";
import { findingsOfSeverity } from "../../shared/present";
import type { FileStatus } from "../state/files.svelte";

export type Column = "name" | "agency" | "year" | "errors" | "warnings" | "status";

export const COLUMN_LABELS: Record<Column, string> = {
  name: "文件",
  agency: "机关",
  year: "年度",
  errors: SEVERITY_LABELS.error,
  warnings: SEVERITY_LABELS.warning,
  status: "状态",
};

export interface BatchRow {
  name: string;
  agency: string | null;
  year: number | null;
  errors: number | null;
  warnings: number | null;
  status: string;
  /** The file could not be checked: its status gives the reason. */
  unreadable: boolean;
  statusRank: number;
}

/** Sorting by status: problems first, then finished, then those still waiting. */
const STATUS_RANKS: Record<FileStatus["kind"], number> = {
  failed: 0,
  done: 1,
  duplicate: 2,
  checking: 3,
  reading: 3,
  recognising: 3,
  queued: 4,
  cancelled: 5,
};

/** The result shown in a row: a duplicate shows the result of the file it repeats. */
export function batchRow(name: string, status: FileStatus, result: CheckResult | null): BatchRow {
  const findings = result && !result.error ? (result.findings ?? []) : null;
  const unreadable = status.kind === "failed" || Boolean(status.kind === "done" && result?.error);
  return {
    name,
    agency: result?.report?.agency || null,
    year: result?.report?.year ?? null,
    errors: findings && findingsOfSeverity(findings, "error").length,
    warnings: findings && findingsOfSeverity(findings, "warning").length,
    status: statusText(status, result),
    unreadable,
    statusRank: unreadable ? 0 : STATUS_RANKS[status.kind],
  };
}

export function statusText(status: FileStatus, result: CheckResult | null): string {
  switch (status.kind) {
    case "queued":
      return "排队中";
    case "reading":
      return status.total ? `读取中 第${status.done}/${status.total}页` : "读取中";
    case "recognising":
      return `识别文字中 第${status.done}/${status.total}页`;
    case "checking":
      return "检查中";
    case "done":
      return result?.error ? `无法检查：${result.error.message}` : "已完成";
    case "failed":
      return `无法检查：${status.reason}`;
    case "cancelled":
      return "已取消";
    case "duplicate":
      return `重复：与“${status.of.name}”相同`;
  }
}

export type Direction = "ascending" | "descending";

function sortValue(row: BatchRow, column: Column): string | number | null {
  return column === "status" ? row.statusRank : row[column];
}

/** Sorted by one column; rows without a value (not checked yet, unreadable) always come last. */
export function sortRows<Row extends BatchRow>(rows: Row[], column: Column, direction: Direction): Row[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [left, right] = [sortValue(a, column), sortValue(b, column)];
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    const order = typeof left === "number" && typeof right === "number" ? left - right : String(left).localeCompare(String(right), "zh-CN");
    return sign * order;
  });
}
