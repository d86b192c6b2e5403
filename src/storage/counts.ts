/**
 * An entry's counts of findings (schema version 8). Each entry keeps its latest run's findings counted per
 * rule and severity as found (`ruleCounts`), and the counts by severity the list shows and sorts by
 * (`counts`): those findings as the reviewer's rule settings show them (src/core/settings), as the report
 * view shows the run. A change of the settings counts every entry again (storage/settings.ts).
 */
import type { Transaction } from "dexie";
import type { Finding, Severity } from "../core/model/report";
import { NO_SETTINGS, shownSeverity, type RuleSettings } from "../core/settings/rule-settings";
import { checkOrder } from "./run-order";

/** Findings per rule id, by the severity they were found with: { "typo/dash": { warning: 2 } }. */
export type RuleCounts = Record<string, Partial<Record<Severity, number>>>;

export function countByRule(findings: Finding[]): RuleCounts {
  const counts: RuleCounts = {};
  for (const { rule, severity } of findings) {
    const ofRule = (counts[rule] ??= {});
    ofRule[severity] = (ofRule[severity] ?? 0) + 1;
  }
  return counts;
}

/** The counts by severity of findings counted by rule, as the settings show them. */
export function shownCounts(ruleCounts: RuleCounts, settings: RuleSettings): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const [rule, bySeverity] of Object.entries(ruleCounts)) {
    for (const [severity, count] of Object.entries(bySeverity) as [Severity, number][]) {
      const shown = shownSeverity(settings, rule, severity);
      if (shown) counts[shown] += count;
    }
  }
  return counts;
}

/** What an entry keeps of its latest run's findings (db.ts EntryRecord). */
export interface EntryCounts {
  ruleCounts: RuleCounts;
  counts: Record<Severity, number>;
}

/** The entry's fields of its latest run's findings, under the settings. */
export function entryCounts(findings: Finding[], settings: RuleSettings): EntryCounts {
  const ruleCounts = countByRule(findings);
  return { ruleCounts, counts: shownCounts(ruleCounts, settings) };
}

/**
 * Gives the entry its counts under the settings; false when they are what it holds already (Dexie's
 * modify then writes nothing).
 */
export function recount(entry: EntryCounts, settings: RuleSettings): boolean {
  const counts = shownCounts(entry.ruleCounts, settings);
  if ((Object.keys(counts) as Severity[]).every((severity) => entry.counts[severity] === counts[severity])) return false;
  entry.counts = counts;
  return true;
}

/** A run as version 8's upgrade reads it. */
interface StoredRun {
  id: number;
  entryId: number;
  checkedAt: string;
  result: { findings?: Finding[] };
}

/**
 * Version 8's upgrade: every entry's counts by rule from its latest run (runs read once, in one pass),
 * and its counts under the saved settings; an entry without a run counts none.
 */
export async function fillCounts(tx: Transaction): Promise<void> {
  const settings = ((await tx.table("settings").get("rules")) as { value: RuleSettings } | undefined)?.value ?? NO_SETTINGS;
  const latest = new Map<number, { run: Pick<StoredRun, "id" | "checkedAt">; ruleCounts: RuleCounts }>();
  await tx.table("runs").each(({ id, entryId, checkedAt, result }: StoredRun) => {
    const kept = latest.get(entryId);
    if (!kept || checkOrder(kept.run, { id, checkedAt }) < 0) latest.set(entryId, { run: { id, checkedAt }, ruleCounts: countByRule(result.findings ?? []) });
  });
  await tx
    .table("entries")
    .toCollection()
    .modify((entry: EntryCounts & { id: number }) => {
      entry.ruleCounts = latest.get(entry.id)?.ruleCounts ?? {};
      entry.counts = shownCounts(entry.ruleCounts, settings);
    });
}
