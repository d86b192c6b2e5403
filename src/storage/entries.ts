/** Saving checks, listing, opening and deleting entries of the history. */
import { agencyKey } from "../core/agency";
import type { CheckResult, Finding } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import { entryCounts } from "./counts";
import { ensureProfile } from "./agencies";
import { carryOverDecisions, decisionsOf, type Decisions } from "./decisions";
import { entryTables, type ComparedReport, type EntryRecord, type HistoryDb, type RunRecord } from "./db";
import { entryKeys, type EntryKeys } from "./entry-keys";
import { writing } from "./quota";
import { latestRun, runsOf } from "./runs";
import { loadRuleSettings } from "./settings";
import { versionsOf } from "./versions";

export interface SaveInput {
  result: CheckResult;
  /** contentHash() of the file's bytes. */
  hash: string;
  /** The file's size in bytes. */
  size: number;
  /** The file's bytes, when the user chose to keep the file itself. */
  bytes?: Uint8Array;
  /** The earlier reports of the history the check compared with. */
  comparedWith?: ComparedReport[];
}

export interface Saved {
  entryId: number;
  runId: number;
  /** False when the same file was checked before: the check became another run of its entry. */
  newEntry: boolean;
  /** The reviewer's marks the entry has now: its own, and those carried over from the check before. */
  decisions: Decisions;
}

/** What an entry shows of its latest run, its counts under the reviewer's rule settings. */
function summary(result: CheckResult, settings: RuleSettings): Omit<EntryRecord, "id" | "hash" | "names" | "size" | "firstCheckedAt" | "fileStored" | keyof EntryKeys> {
  const agency = result.report?.agency ?? "";
  return {
    agency,
    agencyKey: agencyKey(agency),
    year: result.report?.year ?? null,
    format: result.format,
    lastCheckedAt: result.checkedAt,
    rulesVersion: result.checker.rules,
    ...entryCounts(result.findings ?? [], settings),
  };
}

/** The marks a new check inherits: those of the entry's own last run, else of the latest other version. */
interface PreviousMarks {
  entryId: number;
  decisions: Decisions;
  findings: Finding[];
}

/** The previous check's marks and findings; undefined when it has no marks (its run, a whole result, is then not read). */
async function previousMarks(db: HistoryDb, existing: EntryRecord | undefined, { report }: CheckResult): Promise<PreviousMarks | undefined> {
  const latestVersion = async () => (report?.agency && report.year !== null ? (await versionsOf(db, report.agency, report.year)).pop()?.id : undefined);
  const entryId = existing?.id ?? (await latestVersion());
  if (entryId === undefined) return undefined;
  const decisions = await decisionsOf(db, entryId);
  if (Object.keys(decisions).length === 0) return undefined;
  return { entryId, decisions, findings: (await latestRun(db, entryId)).result.findings ?? [] };
}

async function inheritDecisions(db: HistoryDb, entryId: number, previous: PreviousMarks, result: CheckResult) {
  const carried = carryOverDecisions(previous, result.findings ?? []);
  const own = entryId === previous.entryId ? previous.decisions : {};
  const records = Object.entries(carried)
    .filter(([key]) => !own[key])
    .map(([key, decision]) => ({ entryId, key, ...decision }));
  await db.decisions.bulkPut(records);
}

/** The entry of a file checked before, with this check's name and, when it is the latest, its summary. */
async function updateEntry(db: HistoryDb, existing: EntryRecord, { result, bytes }: SaveInput, settings: RuleSettings): Promise<number> {
  const latest = Date.parse(result.checkedAt) >= Date.parse(existing.lastCheckedAt);
  const changes = {
    ...(latest ? summary(result, settings) : {}),
    names: existing.names.includes(result.file) ? existing.names : [...existing.names, result.file],
    fileStored: existing.fileStored || Boolean(bytes),
  };
  await db.entries.update(existing.id, { ...changes, ...entryKeys({ ...existing, ...changes }) });
  return existing.id;
}

function addEntry(db: HistoryDb, { result, hash, size, bytes }: SaveInput, settings: RuleSettings): Promise<number> {
  const entry = { hash, names: [result.file], size, firstCheckedAt: result.checkedAt, fileStored: Boolean(bytes), ...summary(result, settings) };
  return db.entries.add({ ...entry, ...entryKeys(entry) });
}

/**
 * Saves a check: the same file (by its hash) checked again becomes another run of its entry, counted under
 * the rule settings saved (read in the same transaction, so a change of them counts it again after).
 */
export function saveCheck(db: HistoryDb, input: SaveInput): Promise<Saved> {
  const { result, hash, bytes, comparedWith } = input;
  return writing(() =>
    db.transaction("rw", [...entryTables(db), db.agencies, db.settings], async () => {
      const existing = await db.entries.where("hash").equals(hash).first();
      const previous = await previousMarks(db, existing, result);
      const settings = await loadRuleSettings(db);
      const entryId = existing ? await updateEntry(db, existing, input, settings) : await addEntry(db, input, settings);
      if (bytes) await db.files.put({ hash, bytes });
      const runId = await db.runs.add({ entryId, checkedAt: result.checkedAt, result, ...(comparedWith ? { comparedWith } : {}) });
      if (previous) await inheritDecisions(db, entryId, previous, result);
      if (result.report) await ensureProfile(db, result.report);
      // Without marks before, the entry has none (previousMarks read its own).
      return { entryId, runId, newEntry: !existing, decisions: previous ? await decisionsOf(db, entryId) : {} };
    }),
  );
}

export { listEntries, type ListQuery, type SortKey } from "./list";

export interface OpenedEntry {
  entry: EntryRecord;
  /** Every run, oldest first; the last is what the entry shows. */
  runs: RunRecord[];
  latest: RunRecord;
  decisions: Decisions;
}

/** An entry with its runs and decisions: its document and findings, shown again without the file. */
export async function openEntry(db: HistoryDb, entryId: number): Promise<OpenedEntry | undefined> {
  return db.transaction("r", [db.entries, db.runs, db.decisions], async () => {
    const entry = await db.entries.get(entryId);
    if (!entry) return undefined;
    const runs = await runsOf(db, entryId);
    return { entry, runs, latest: runs[runs.length - 1], decisions: await decisionsOf(db, entryId) };
  });
}

export function deleteEntry(db: HistoryDb, entryId: number): Promise<void> {
  return db.transaction("rw", entryTables(db), async () => {
    const entry = await db.entries.get(entryId);
    if (!entry) return;
    await db.runs.where("entryId").equals(entryId).delete();
    await db.decisions.where("entryId").equals(entryId).delete();
    await db.files.delete(entry.hash);
    await db.entries.delete(entryId);
  });
}

/** Empties the history: entries, runs, decisions, kept files, agency profiles and batches. */
export function deleteAll(db: HistoryDb): Promise<void> {
  const tables = [...entryTables(db), db.agencies, db.batches];
  return db.transaction("rw", tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}

/** The file an entry kept, or undefined when the user did not keep it. */
export async function keptFile(db: HistoryDb, entryId: number): Promise<Uint8Array | undefined> {
  const entry = await db.entries.get(entryId);
  return entry && (await db.files.get(entry.hash))?.bytes;
}

/** Keeps an entry's file (the user decides, seeing `entry.size`) or, with null, removes it to free space. */
export function setKeptFile(db: HistoryDb, entryId: number, bytes: Uint8Array | null): Promise<void> {
  return writing(() =>
    db.transaction("rw", [db.entries, db.files], async () => {
      const entry = await db.entries.get(entryId);
      if (!entry) return;
      await (bytes ? db.files.put({ hash: entry.hash, bytes }) : db.files.delete(entry.hash));
      await db.entries.update(entryId, { fileStored: bytes !== null });
    }),
  );
}
