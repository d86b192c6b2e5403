/**
 * The batch as an audit worklist: rows grouped by agency (names matched as the history matches them),
 * agencies ranked by their errors, filters, search, and how far the reviewer got with each report.
 */
import { matchAgencies } from "../../core/agency";
import type { CheckResult, Finding } from "../../core/model/report";
import { compact } from "../../core/text/normalize";
import type { Decision } from "../../shared/review";
import { findingKey } from "../../shared/finding-key";
import { sortRows, type BatchRow, type Column, type Direction } from "./batch-rows";

/** Findings a reviewer must mark: errors and warnings (提示 need no answer). */
function toReview(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== "info");
}

export interface Review {
  done: number;
  total: number;
}

/** How many of the report's errors and warnings the reviewer marked; null while there is no result to review. */
export function reviewOf(result: CheckResult | null, decisions: Record<string, Decision>): Review | null {
  if (!result || result.error || !result.findings) return null;
  const findings = toReview(result.findings);
  return { done: findings.filter((finding) => decisions[findingKey(finding)]).length, total: findings.length };
}

/** The report's first error, in the order the check gives (the document's order). */
export function firstError(result: CheckResult | null): string | null {
  return result?.findings?.find((finding) => finding.severity === "error")?.message ?? null;
}

export interface WorkRow extends BatchRow {
  review: Review | null;
  firstError: string | null;
  /** False for a copy of another file of the batch: it shows that file's figures but does not count twice. */
  counted: boolean;
}

export type WorkFilter = "all" | "errors" | "warnings" | "unreviewed" | "reviewed";

export const FILTER_LABELS: Record<WorkFilter, string> = {
  all: "全部",
  errors: "有错误",
  warnings: "有警告",
  unreviewed: "未审完",
  reviewed: "已审完",
};

export function isReviewed(review: Review | null): boolean {
  return review !== null && review.done === review.total;
}

const FILTERS: Record<WorkFilter, (row: WorkRow) => boolean> = {
  all: () => true,
  errors: (row) => Boolean(row.errors),
  warnings: (row) => Boolean(row.warnings),
  unreviewed: (row) => row.review !== null && !isReviewed(row.review),
  reviewed: (row) => isReviewed(row.review),
};

/** Words of the file name, the agency (an abbreviation finds the full name) or the first error. */
function matchesText(row: WorkRow, text: string): boolean {
  const words = compact(text);
  if (!words) return true;
  const fields = [row.name, row.agency ?? "", row.firstError ?? ""];
  if (fields.some((field) => compact(field).includes(words))) return true;
  return Boolean(row.agency) && matchAgencies(words, row.agency!).verdict === "same";
}

export interface AgencyGroup<Row extends WorkRow> {
  /** The agency's fullest name among its rows; null for files whose agency was not read. */
  agency: string | null;
  rows: Row[];
  errors: number;
  warnings: number;
}

/**
 * Rows whose agencies are the same agency (matchAgencies), in first-seen order; unread agencies apart.
 * Each name is matched once against the names seen before it (a batch has many reports of few agencies).
 */
export function groupByAgency<Row extends WorkRow>(rows: Row[]): AgencyGroup<Row>[] {
  const groups: AgencyGroup<Row>[] = [];
  /** Each group's distinct names, and the group a name went to. */
  const names = new Map<AgencyGroup<Row>, string[]>();
  const groupOf = new Map<string, AgencyGroup<Row>>();
  const unknown: Row[] = [];
  for (const row of rows) {
    const name = row.agency;
    if (!name) {
      unknown.push(row);
      continue;
    }
    let group = groupOf.get(name);
    if (!group) {
      group = groups.find((candidate) => names.get(candidate)!.some((other) => matchAgencies(other, name).verdict === "same"));
      if (!group) groups.push((group = { agency: name, rows: [], errors: 0, warnings: 0 }));
      names.set(group, [...(names.get(group) ?? []), name]);
      groupOf.set(name, group);
    }
    group.rows.push(row);
  }
  for (const group of groups) {
    group.agency = group.rows.map((row) => row.agency!).reduce((fullest, name) => (name.length > fullest.length ? name : fullest));
  }
  if (unknown.length) groups.push({ agency: null, rows: unknown, errors: 0, warnings: 0 });
  for (const group of groups) {
    const counted = group.rows.filter((row) => row.counted);
    group.errors = counted.reduce((sum, row) => sum + (row.errors ?? 0), 0);
    group.warnings = counted.reduce((sum, row) => sum + (row.warnings ?? 0), 0);
  }
  return groups;
}

export interface WorklistQuery {
  /** null: the audit order, agencies with most errors first, each agency's reports by errors. */
  sort: Column | null;
  direction: Direction;
  filter: WorkFilter;
  text: string;
}

/** The rows shown, grouped by agency (totals of all its reports): filtered, searched, sorted within each agency, agencies ordered alike. */
export function worklist<Row extends WorkRow>(rows: Row[], query: WorklistQuery): AgencyGroup<Row>[] {
  const [column, direction]: [Column, Direction] = query.sort ? [query.sort, query.direction] : ["errors", "descending"];
  const shows = (row: Row) => FILTERS[query.filter](row) && matchesText(row, query.text);
  // Grouped before filtering: an agency keeps its name and totals whichever of its reports are shown.
  const groups = groupByAgency(rows).filter((group) => group.rows.some(shows));
  for (const group of groups) group.rows = sortRows(group.rows.filter(shows), column, direction);
  const known = groups.filter((group) => group.agency !== null);
  const ordered = query.sort
    ? sortRows(known.map((group) => ({ ...group.rows[0], group })), column, direction).map(({ group }) => group)
    : [...known].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
  return [...ordered, ...groups.filter((group) => group.agency === null)];
}
