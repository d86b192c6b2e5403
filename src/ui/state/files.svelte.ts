/**
 * The batch: every file added on this page, in the order added, with its bytes, its status, its check result
 * and the reviewer's decisions. Files are read and hashed at once, and taken in order (so the first of two
 * equal files is the one checked), checked by the worker pool; then, in the same worker, checked again with
 * the agency's earlier reports when the history has any, and saved in the history, where the reviewer's marks
 * are kept as made. The page only routes: it gives a file's history part its turn, after the files of the same
 * agency before it only (AgencyTurns), and shows progress (the batch table draws it twice a second).
 * An entry of the history opened again is a file too, outside the batch.
 */
import type { CheckProgress } from "../../core/check";
import { contentHash } from "../../core/hash";
import type { CheckResult } from "../../core/model/report";
import { saveBatch, type ComparedReport } from "../../storage";
import type { Decision, ExportFile } from "../../shared/review";
import { findingKey } from "../../shared/finding-key";
import type { FileSource } from "../intake/file-sources";
import { checkPool, resizeCheckPool, type CheckJob, type CheckOutcome } from "../worker-pool";
import { AgencyTurns } from "../history/agency-turns";
import type { AgencyOfTask, HistoryReply, RecheckedEntry } from "../../workers/protocol";
import { applyRuleSettings, type RuleSettings } from "../../core/settings/rule-settings";
import { changed, guarded, history, historyDb, historyWritten, persistDecision } from "./history.svelte";
import { ruleSettings } from "./rule-settings.svelte";

export type FileStatus =
  | { kind: "queued" }
  | { kind: "reading"; done?: number; total?: number }
  /** Reading a scan's pages by character recognition, asked for by the user. */
  | { kind: "recognising"; done: number; total: number }
  | { kind: "checking" }
  /** The result is in; it may say the file could not be checked (`result.error`). */
  | { kind: "done" }
  /** The check itself broke (the worker stopped, the file could not be read from disk). */
  | { kind: "failed"; reason: string }
  | { kind: "cancelled" }
  /** The same bytes as an earlier file of the batch, which is checked instead. */
  | { kind: "duplicate"; of: FileEntry };

/** A result as the reviewer's rule settings show it: findings of rules turned off gone, severities changed. */
export function shownResult(result: CheckResult | null, settings: RuleSettings): CheckResult | null {
  if (!result?.findings || Object.keys(settings.rules).length === 0) return result;
  return { ...result, findings: applyRuleSettings(result.findings, settings) };
}

export class FileEntry {
  status = $state<FileStatus>({ kind: "queued" });
  /** The check result as it came (and is saved in the history). */
  checked = $state.raw<CheckResult | null>(null);
  #shown = $derived(shownResult(this.checked, ruleSettings.value));
  /** The result as shown and exported: through the rule settings, in every report. */
  get result(): CheckResult | null {
    return this.#shown;
  }
  set result(value: CheckResult | null) {
    this.checked = value;
  }
  /** The file's bytes, kept for the document view, which draws PDF and DOCX from them. */
  source = $state.raw<Uint8Array | null>(null);
  /** SHA-256 of the bytes; null until read, or where the browser offers no hashing (plain HTTP from another computer). */
  hash: string | null = null;
  /** The file's size in bytes (kept when the bytes are not). */
  size = 0;
  /** Keyed by `findingKey(finding)`. */
  decisions = $state<Record<string, Decision>>({});
  jobId: number | null = null;
  /** Its entry in the history, once saved there. */
  historyId = $state<number | null>(null);
  /** The history's earlier reports its check compared with; null when the history held none. */
  comparedWith = $state.raw<ComparedReport[] | null>(null);

  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
}

/** The batch: its files, and the 审核批次 it is saved as in the history (`savedId`, once a file of it is saved). */
export const batch = $state<{ entries: FileEntry[]; name: string; savedId: number | null }>({ entries: [], name: "", savedId: null });

/** A new batch's name, until the reviewer gives one: 审核批次 and the day it was started. */
export function defaultBatchName(now = new Date()): string {
  return `审核批次 ${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** The history entry opened again, if any (one at a time). */
const reopened = $state<{ file: FileEntry | null }>({ file: null });

let nextId = 1;

export function isRunning(entry: FileEntry): boolean {
  return ["queued", "reading", "recognising", "checking"].includes(entry.status.kind);
}

/** The entry whose result stands for this one: the first of two equal files. */
export function resultEntry(entry: FileEntry): FileEntry {
  return entry.status.kind === "duplicate" ? entry.status.of : entry;
}

export function fileById(id: number | null): FileEntry | null {
  return allFiles().find((entry) => entry.id === id) ?? null;
}

/** The batch's files and the history entry opened again. */
function allFiles(): FileEntry[] {
  return reopened.file ? [...batch.entries, reopened.file] : batch.entries;
}

/** Adds the files to the batch at once (their rows appear) and checks them in the background. */
export function addFiles(sources: FileSource[]): FileEntry[] {
  const added = sources.map((source) => new FileEntry(nextId++, source.name));
  if (batch.entries.length === 0 && batch.savedId === null) batch.name ||= defaultBatchName();
  batch.entries.push(...added);
  resizeCheckPool();
  void prepareInOrder(added, sources);
  return added;
}

type ReadFile = { bytes: Uint8Array; hash: string | null } | { failure: string };

/** The files are read and hashed all at once, and taken in order: the first of two equal files is checked. */
async function prepareInOrder(entries: FileEntry[], sources: FileSource[]): Promise<void> {
  const read = sources.map(readAndHash);
  for (const [index, entry] of entries.entries()) prepare(entry, await read[index]);
}

async function readAndHash(source: FileSource): Promise<ReadFile> {
  try {
    const bytes = await source.read();
    return { bytes, hash: await hashOrNull(bytes) };
  } catch (error) {
    return { failure: `文件读取失败：${messageOf(error)}` };
  }
}

function prepare(entry: FileEntry, read: ReadFile): void {
  if ("failure" in read) {
    if (entry.status.kind === "queued") entry.status = { kind: "failed", reason: read.failure };
    return;
  }
  const { bytes } = read;
  entry.source = bytes;
  entry.size = bytes.length;
  entry.hash = read.hash;
  if (entry.status.kind !== "queued") return;
  const original = batch.entries.find((other) => other !== entry && other.hash === entry.hash && isOriginal(other));
  if (entry.hash && original) entry.status = { kind: "duplicate", of: original };
  else void check(entry, bytes);
}

/** An earlier file that is, or will be, checked. */
function isOriginal(entry: FileEntry): boolean {
  return isRunning(entry) || entry.status.kind === "done";
}

async function hashOrNull(bytes: Uint8Array): Promise<string | null> {
  return globalThis.crypto?.subtle ? contentHash(bytes) : null;
}

async function check(entry: FileEntry, bytes: Uint8Array, ocr = false): Promise<void> {
  const part = { file: { hash: entry.hash, size: entry.size }, inTurn: (of: AgencyOfTask) => historyTurn(of, job.outcome) };
  const job = checkPool().check(entry.name, bytes, (progress) => showProgress(entry, progressStatus(progress)), { ocr, history: part });
  const outcome = await run(entry, job);
  // Cancelled meanwhile: the user's cancel stands.
  if (isCancelled(entry)) return;
  if ("result" in outcome) {
    entry.result = outcome.result;
    await tookHistory(entry, outcome.history);
  }
  settle(entry, outcome);
}

const historyTurns = new AgencyTurns();

/**
 * The history's part of a check, in the agency's turn (files of the same agency one at a time, so that of
 * two years of an agency checked together the second always sees the first): given once the same agency's
 * files before it are done, it lasts until the check is over (`over`; for a file cancelled during its history's
 * part, once its worker no longer runs it). The worker then keeps the file's bytes in the history when the
 * user keeps files.
 */
function historyTurn(of: AgencyOfTask, over: Promise<CheckOutcome>): Promise<{ keepFile: boolean }> {
  return new Promise((given) => {
    void historyTurns.run(of, () => {
      given({ keepFile: history.keepFiles });
      return over;
    });
  });
}

function isCancelled(entry: FileEntry): boolean {
  return entry.status.kind === "cancelled";
}

/** A job of the entry's: cancelling the entry cancels it. */
async function run(entry: FileEntry, job: CheckJob): Promise<CheckOutcome> {
  entry.jobId = job.id;
  const outcome = await job.outcome;
  entry.jobId = null;
  return outcome;
}

/**
 * What the worker's history part did (see HistoryReply): the earlier reports the file was compared with,
 * its history entry and the marks it has there, the later years checked again (on the page when shown).
 * Taken before any wait: the agency's next file, whose turn comes once this check is over, may check this
 * one's entry again (showRechecked).
 */
async function tookHistory(entry: FileEntry, reply: HistoryReply | undefined): Promise<void> {
  if (!reply) return;
  entry.comparedWith = reply.comparedWith ?? null;
  if (reply.saved) {
    entry.historyId = reply.saved.entryId;
    entry.decisions = reply.saved.decisions;
  }
  for (const later of reply.later ?? []) showRechecked(later);
  await historyWritten(reply);
  if (reply.saved && batch.entries.includes(entry)) await rememberBatch();
}

/** A later year the worker checked again: the file showing its entry, if any, shows the new check. */
function showRechecked({ result, comparedWith, saved }: RecheckedEntry): void {
  for (const file of allFiles().filter((shown) => shown.historyId === saved.entryId && shown.checked)) {
    file.result = result;
    file.comparedWith = comparedWith ?? null;
    file.decisions = saved.decisions;
  }
}

let batchWriting: Promise<void> = Promise.resolve();
let nextBatchWrite: Promise<void> | null = null;

/** Writes of the batch asked for within this time are one: a batch of a hundred files is saved a few times a second, not once a file. */
const BATCH_WRITE_DELAY_MS = 250;

/**
 * Saves the batch as its 审核批次: its name and its files saved in the history, in the batch's order. One
 * write at a time, BATCH_WRITE_DELAY_MS after it is asked for; those asked for meanwhile, or while one runs,
 * are one write, which saves the batch as it is then.
 */
export function rememberBatch(): Promise<void> {
  nextBatchWrite ??= batchWriting
    .then(() => new Promise((wait) => setTimeout(wait, BATCH_WRITE_DELAY_MS)))
    .then(() => {
      nextBatchWrite = null;
      return writeBatch();
    });
  batchWriting = nextBatchWrite;
  return nextBatchWrite;
}

async function writeBatch(): Promise<void> {
  const hashes = [...new Set(batch.entries.flatMap((entry) => (entry.historyId !== null && entry.hash ? [entry.hash] : [])))];
  if (hashes.length === 0) return;
  const id = await guarded(() => saveBatch(historyDb(), { id: batch.savedId ?? undefined, name: batch.name || defaultBatchName(), hashes }));
  if (id === undefined) return;
  batch.savedId = id;
  changed();
}

/** A file's progress; one that finished or was cancelled meanwhile keeps its status (the batch table paces its drawing). */
function showProgress(entry: FileEntry, status: FileStatus): void {
  if (isRunning(entry)) entry.status = status;
}

function progressStatus({ stage, done, total }: CheckProgress): FileStatus {
  if (stage === "ocr") return { kind: "recognising", done: done ?? 0, total: total ?? 0 };
  return stage === "read" ? { kind: "reading", done, total } : { kind: "checking" };
}

/** A scan checked again, its pages read by character recognition (the user asked for it). */
export function recognise(entry: FileEntry): void {
  if (!entry.source || isRunning(entry)) return;
  entry.result = null;
  entry.status = { kind: "queued" };
  void check(entry, entry.source, true);
}

/** The file's status once its check is over (a result is taken before, with what the history's part did). */
function settle(entry: FileEntry, outcome: CheckOutcome): void {
  if ("result" in outcome) entry.status = { kind: "done" };
  else if ("failure" in outcome) entry.status = { kind: "failed", reason: outcome.failure };
  else entry.status = { kind: "cancelled" };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function cancelFile(entry: FileEntry): void {
  if (!isRunning(entry)) return;
  entry.status = { kind: "cancelled" };
  if (entry.jobId !== null) checkPool().cancel(entry.jobId);
}

export function cancelAll(): void {
  for (const entry of batch.entries) cancelFile(entry);
}

/** Starts a new batch: running checks are stopped and every file is forgotten. */
export function clearBatch(): void {
  cancelAll();
  batch.entries = [];
  batch.name = "";
  batch.savedId = null;
}

export function setDecision(entry: FileEntry, key: string, decision: Decision | null): void {
  if (decision) entry.decisions[key] = decision;
  else delete entry.decisions[key];
  const finding = entry.result?.findings?.find((candidate) => findingKey(candidate) === key);
  if (entry.historyId !== null && finding) void persistDecision(entry.historyId, finding, decision);
}

/** The reviewer's marks on a file's findings, as a plain object (for exports). */
export function decisionsFor(fileId: number): Record<string, Decision> {
  return $state.snapshot(fileById(fileId)?.decisions ?? {});
}

export function exportFile(entry: FileEntry): ExportFile | null {
  return entry.result ? { name: entry.name, result: entry.result, decisions: $state.snapshot(entry.decisions) } : null;
}

/** Every file with a result, in batch order; a duplicate is left out (its first copy is there). */
export function exportFiles(): ExportFile[] {
  return batch.entries.flatMap((entry) => exportFile(entry) ?? []);
}

/** What a history entry opened again is made of: its latest saved result, its kept file if any, its marks. */
export interface SavedFile {
  historyId: number;
  name: string;
  hash: string;
  size: number;
  result: CheckResult;
  source: Uint8Array | null;
  decisions: Record<string, Decision>;
  comparedWith: ComparedReport[] | null;
}

function savedEntry(saved: SavedFile): FileEntry {
  const entry = new FileEntry(nextId++, saved.name);
  Object.assign(entry, { historyId: saved.historyId, hash: saved.hash, size: saved.size, result: saved.result, source: saved.source });
  entry.decisions = saved.decisions;
  entry.comparedWith = saved.comparedWith;
  entry.status = { kind: "done" };
  return entry;
}

/** A history entry as a file to show in 单个报告 (it replaces the one opened before, and is not added to the batch). */
export function reopenFile(saved: SavedFile): FileEntry {
  const entry = savedEntry(saved);
  reopened.file = entry;
  return entry;
}

/** A 审核批次 of the history as the batch, in place of the one shown (whose files stay in the history). */
export function reopenBatch(record: { id: number; name: string }, files: SavedFile[]): void {
  cancelAll();
  batch.entries = files.map(savedEntry);
  batch.name = record.name;
  batch.savedId = record.id;
}

/** Files whose report names one of these agencies, with a result to check again. */
export function filesOfAgencies(names: string[]): FileEntry[] {
  return allFiles().filter((entry) => entry.status.kind === "done" && names.includes(entry.result?.report?.agency ?? ""));
}

/**
 * Checks a file's saved blocks again with what the history knows now (an agency just confirmed: its kind,
 * its earlier reports), and saves the check as another run of its entry.
 */
export async function recheckFile(entry: FileEntry): Promise<void> {
  const result = entry.checked;
  if (!result || entry.status.kind !== "done") return;
  entry.status = { kind: "checking" };
  const outcome = await run(entry, checkPool().recheck(result, { hash: entry.hash, size: entry.size }));
  if ("result" in outcome && outcome.history) {
    entry.result = outcome.result;
    await tookHistory(entry, outcome.history);
  }
  entry.status = { kind: "done" };
}

/** The files that belonged to deleted history entries (all of them when `ids` is null) are no longer saved there. */
export function forgetHistoryEntries(ids: number[] | null): void {
  for (const entry of allFiles()) if (entry.historyId !== null && (ids === null || ids.includes(entry.historyId))) entry.historyId = null;
}
