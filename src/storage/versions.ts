/**
 * Versions: different files of the same agency and year (a department sends a corrected report). What
 * changed between two checks: findings fixed, findings new, table figures changed.
 */
import type { TableCellRef } from "../core/model/location";
import type { CheckResult, Finding, Report } from "../core/model/report";
import { TABLE_CELL_REFS, tableValue } from "../core/model/table-values";
import { cellName } from "../core/model/cell-names";
import { entriesOfYear, sameAgencyKeys } from "./agencies";
import type { EntryRecord, HistoryDb } from "./db";
import { pairFindings } from "./findings";

/** The entries of the agency and year, first checked first: version 1, 2, … */
export async function versionsOf(db: HistoryDb, agency: string, year: number): Promise<EntryRecord[]> {
  const entries = await entriesOfYear(db, await sameAgencyKeys(db, agency), year);
  return entries.sort((a, b) => Date.parse(a.firstCheckedAt) - Date.parse(b.firstCheckedAt) || a.id - b.id);
}

export interface FigureChange {
  ref: TableCellRef;
  /** The cell as the messages name it: 表三“一、本年新收政府信息公开申请数量—总计”. */
  name: string;
  /** The value in each check: a number, null for a cell without a number, undefined for a cell not there. */
  before: unknown;
  after: unknown;
}

export interface ResultDiff {
  /** Findings of the earlier check that the later one no longer has. */
  fixed: Finding[];
  /** Findings of the later check that the earlier one did not have. */
  added: Finding[];
  /** How many findings both have. */
  kept: number;
  figures: FigureChange[];
}

function figureChanges(before: Report | undefined, after: Report | undefined): FigureChange[] {
  if (!before || !after) return [];
  return TABLE_CELL_REFS.flatMap((ref) => {
    const [was, is] = [tableValue(before, ref), tableValue(after, ref)];
    return was === is ? [] : [{ ref, name: cellName(ref), before: was, after: is }];
  });
}

/** What changed from an earlier check to a later one (of the same file or of two versions). */
export function diffResults(earlier: CheckResult, later: CheckResult): ResultDiff {
  const [before, after] = [earlier.findings ?? [], later.findings ?? []];
  const pairs = pairFindings(before, after);
  const matched = new Set(pairs.filter((pair): pair is Finding => pair !== null));
  return {
    fixed: before.filter((finding) => !matched.has(finding)),
    added: after.filter((_, index) => pairs[index] === null),
    kept: matched.size,
    figures: figureChanges(earlier.report, later.report),
  };
}
