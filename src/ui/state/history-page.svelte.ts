/**
 * The history page: the list as searched and sorted, an entry opened again, its runs and versions with
 * what changed, deleting, export and import, re-checking entries checked with older rules, and the
 * storage the history takes.
 */
import type { CheckResult } from "../../core/model/report";
import {
  HistoryImportError,
  batchEntries,
  deleteBatch,
  listBatches,
  type BatchRecord,
  StorageFullError,
  deleteAll,
  deleteEntry,
  diffResults,
  earlierReports,
  entriesToRecheck,
  exportHistory,
  historyYears as yearsHeld,
  importHistory,
  keptEntries,
  keptFile,
  listPage,
  openEntry,
  setKeptFile,
  storageUsage,
  versionsOf,
  type EntryPage,
  type EntryRecord,
  type ResultDiff,
  type RunRecord,
  type SortKey,
  type StorageUsage,
} from "../../storage";
import type { YearReport } from "../charts/data";
import { saveDownload } from "../export/deliver";
import { checkPool } from "../worker-pool";
import { batch, forgetHistoryEntries, reopenBatch, reopenFile, shownResult, type SavedFile } from "./files.svelte";
import { changed, guarded, historyDb, historyWritten } from "./history.svelte";
import { openFile, showView } from "./navigation.svelte";
import { ruleSettings } from "./rule-settings.svelte";

export interface HistoryQuery {
  /** Words of an agency's name (an abbreviation finds the full name) or of a file name. */
  text: string;
  year: number | null;
  sort: SortKey;
  descending: boolean;
}

export const historyQuery = $state<HistoryQuery>({ text: "", year: null, sort: "checkedAt", descending: true });

/** The first `limit` entries that match, and how many match in all. */
export function listHistory({ text, year, sort, descending }: HistoryQuery, limit: number): Promise<EntryPage | undefined> {
  return guarded(() => listPage(historyDb(), { text, year: year ?? undefined, sort, descending }, { offset: 0, limit }));
}

/** The years the history holds, latest first. */
export async function historyYears(): Promise<number[]> {
  return (await guarded(() => yearsHeld(historyDb()))) ?? [];
}

/** An entry as a file to show: its latest run, with the file itself when it was kept, and its marks. */
async function savedFile(entryId: number): Promise<SavedFile | undefined> {
  const db = historyDb();
  const opened = await guarded(async () => {
    const found = await openEntry(db, entryId);
    return found && { ...found, source: found.entry.fileStored ? await keptFile(db, entryId) : undefined };
  });
  if (!opened) return undefined;
  const { entry, latest, decisions, source } = opened;
  const result = latest.result;
  return { historyId: entryId, name: result.file, hash: entry.hash, size: entry.size, result, source: source ?? null, decisions, comparedWith: latest.comparedWith ?? null };
}

/** Shows an entry in 单个报告. */
export async function openSaved(entryId: number): Promise<void> {
  const saved = await savedFile(entryId);
  if (saved) openFile(reopenFile(saved));
}

/** The history's 审核批次, the latest changed first. */
export async function savedBatches(): Promise<BatchRecord[]> {
  return (await guarded(() => listBatches(historyDb()))) ?? [];
}

/** Shows a 审核批次 of the history as the batch, with its files' marks (and the files themselves where kept). */
export async function openBatch(id: number): Promise<void> {
  const found = await guarded(() => batchEntries(historyDb(), id));
  if (!found) return;
  const files: SavedFile[] = [];
  for (const entryId of found.entryIds) {
    const saved = await savedFile(entryId);
    if (saved) files.push(saved);
  }
  reopenBatch(found.batch, files);
  showView("batch", "batch-title");
}

export async function removeBatch(id: number): Promise<void> {
  await guarded(() => deleteBatch(historyDb(), id));
  if (batch.savedId === id) batch.savedId = null;
  changed();
}

export async function removeEntry(entryId: number): Promise<void> {
  await guarded(() => deleteEntry(historyDb(), entryId));
  forgetHistoryEntries([entryId]);
  changed();
}

export async function removeAll(): Promise<void> {
  await guarded(() => deleteAll(historyDb()));
  forgetHistoryEntries(null);
  changed();
}

/** A run with what changed since the run before it (null for the first), both as the rule settings show them. */
export interface RunChange {
  run: RunRecord;
  diff: ResultDiff | null;
}

/** A saved check as the report view shows it: through the reviewer's rule settings, as the list counts it. */
const shown = (result: CheckResult): CheckResult => shownResult(result, ruleSettings.value)!;

/** What changed between two saved checks, as the rule settings show them. */
const shownDiff = (earlier: CheckResult, later: CheckResult): ResultDiff => diffResults(shown(earlier), shown(later));

export interface EntryTimeline {
  entry: EntryRecord;
  runs: RunChange[];
  /** The agency's entries of the same year, first checked first: version 1, 2, …; this entry among them. */
  versions: EntryRecord[];
}

export function entryTimeline(entryId: number): Promise<EntryTimeline | undefined> {
  return guarded(async () => {
    const db = historyDb();
    const opened = await openEntry(db, entryId);
    if (!opened) return undefined;
    const runs = opened.runs.map((run) => ({ ...run, result: shown(run.result) }));
    const changes = runs.map((run, index) => ({ run, diff: index === 0 ? null : diffResults(runs[index - 1].result, run.result) }));
    const { entry } = opened;
    const versions = entry.agency && entry.year !== null ? await versionsOf(db, entry.agency, entry.year) : [entry];
    return { entry, runs: changes, versions };
  });
}

async function latestResult(entryId: number): Promise<CheckResult | undefined> {
  return (await openEntry(historyDb(), entryId))?.latest.result;
}

/** What changed from one version to another (each at its latest run). */
export function compareVersions(earlierId: number, laterId: number): Promise<ResultDiff | undefined> {
  return guarded(async () => {
    const [earlier, later] = await Promise.all([latestResult(earlierId), latestResult(laterId)]);
    return earlier && later ? shownDiff(earlier, later) : undefined;
  });
}

/** Every year's report of an agency, for its chart over the years (a year's versions in the order checked, so the latest counts). */
export async function agencyReports(agency: string): Promise<YearReport[]> {
  // Reports of years before one no report reaches: all of them.
  const all = (await guarded(() => earlierReports(historyDb(), { agency, year: Number.MAX_SAFE_INTEGER }))) ?? [];
  return all
    .sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt))
    .flatMap(({ report }) => (report.year === null ? [] : [{ year: report.year, report }]));
}

function dayStamp(now: Date): string {
  return now.toISOString().slice(0, 10).replaceAll("-", "");
}

export async function downloadHistory(): Promise<void> {
  const exported = await guarded(() => exportHistory(historyDb()));
  if (!exported) return;
  const name = `年报校验历史记录-${dayStamp(new Date())}.json`;
  saveDownload({ name, type: "application/json", data: JSON.stringify(exported) });
}

/** Adds an exported history file to this one; the sentence to show, and whether it worked. */
export async function importFile(file: File): Promise<{ ok: boolean; message: string }> {
  try {
    const summary = await importHistory(historyDb(), await file.text());
    changed();
    return { ok: true, message: `已导入“${file.name}”：新增 ${summary.entries} 份文件，${summary.runs} 次检查。` };
  } catch (error) {
    const known = error instanceof HistoryImportError || error instanceof StorageFullError;
    return { ok: false, message: known ? error.message : `导入失败：${error instanceof Error ? error.message : String(error)}` };
  }
}

/** An entry checked again after a rule update, with what changed. */
export interface Rechecked {
  entry: EntryRecord;
  diff: ResultDiff;
}

export const recheck = $state<{ offered: EntryRecord[]; running: boolean; done: Rechecked[] }>({ offered: [], running: false, done: [] });

/** The entries last checked with older rules than the app's, to offer a re-check. */
export async function findOlderEntries(): Promise<void> {
  recheck.offered = (await guarded(() => entriesToRecheck(historyDb()))) ?? [];
}

/** One entry checked again from its saved blocks in a worker, with what the history knows, and saved there as another run. */
async function recheckEntry(entry: EntryRecord): Promise<Rechecked | undefined> {
  const latest = await latestResult(entry.id);
  if (!latest) return undefined;
  const outcome = await checkPool().recheck(latest, { hash: entry.hash, size: entry.size }, true).outcome;
  if (!("result" in outcome) || !outcome.history) return undefined;
  await historyWritten(outcome.history);
  if (!outcome.history.saved) return undefined;
  return { entry, diff: shownDiff(latest, outcome.result) };
}

/** Checks the offered entries again, earlier years first, and lists what changed in each. */
export async function recheckOlderEntries(): Promise<void> {
  recheck.running = true;
  recheck.done = [];
  const byYear = [...recheck.offered].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  for (const entry of byYear) {
    const done = await guarded(() => recheckEntry(entry));
    if (done) recheck.done.push(done);
  }
  recheck.running = false;
  changed();
  await findOlderEntries();
}

export interface StorageFacts {
  usage: StorageUsage | null;
  /** Original files kept: how many, and their bytes. */
  kept: { count: number; bytes: number };
}

export async function storageFacts(): Promise<StorageFacts> {
  const kept = (await guarded(() => keptEntries(historyDb()))) ?? [];
  return {
    usage: (await guarded(storageUsage)) ?? null,
    kept: { count: kept.length, bytes: kept.reduce((sum, entry) => sum + entry.size, 0) },
  };
}

/** Frees the space of the kept original files: the entries stay, shown from their saved blocks. */
export async function dropKeptFiles(entryIds?: number[]): Promise<void> {
  const db = historyDb();
  const ids = entryIds ?? ((await guarded(() => keptEntries(db))) ?? []).map((entry) => entry.id);
  for (const id of ids) await guarded(() => setKeptFile(db, id, null));
  changed();
}
