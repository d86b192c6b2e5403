/**
 * An entry's counts of findings (schema version 8). Each entry keeps its latest run's findings counted per
 * rule and severity as found (`ruleCounts`), and the counts by severity the list shows and sorts by
 * (`counts`): those findings as the reviewer's rule settings show them (src/core/settings), as the report
 * view shows the run. A change of the settings counts every entry again (storage/settings.ts).
 */
import type { Table, Transaction } from "dexie";
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

/** An entry and a run as version 8's upgrade reads them. */
type StoredEntry = EntryCounts & { id: number; lastCheckedAt?: string };
interface StoredRun {
  id: number;
  checkedAt: string;
  result: { findings?: Finding[] };
}

/**
 * The entry's latest run: nearly always its last saved, read alone, which is the latest when it was checked
 * at the entry's `lastCheckedAt` (of two runs checked at one time the entry shows the later saved). Else (a
 * run of an earlier time saved later, as an import adds it) all its runs are read, in their order.
 */
async function latestRun(runs: Table, entry: StoredEntry): Promise<StoredRun | undefined> {
  const ofEntry = runs.where("entryId").equals(entry.id);
  const keys = (await ofEntry.primaryKeys()) as number[];
  if (keys.length === 0) return undefined;
  const last = (await runs.get(Math.max(...keys))) as StoredRun;
  if (last.checkedAt === entry.lastCheckedAt) return last;
  return ((await ofEntry.toArray()) as StoredRun[]).sort(checkOrder).pop();
}

/**
 * Version 8's upgrade: every entry's counts by rule from its latest run (nearly always that run alone read), and its
 * counts under the saved settings; an entry without a run counts none.
 */
export async function fillCounts(tx: Transaction): Promise<void> {
  const settings = ((await tx.table("settings").get("rules")) as { value: RuleSettings } | undefined)?.value ?? NO_SETTINGS;
  const [entries, runs] = [tx.table("entries"), tx.table("runs")];
  for (const entry of (await entries.toArray()) as StoredEntry[]) {
    const counts = entryCounts((await latestRun(runs, entry))?.result.findings ?? [], settings);
    await entries.update(entry.id, counts);
  }
}
