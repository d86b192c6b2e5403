/**
 * The batch: every file added on this page, in the order added, with its bytes, its status, its check result
 * and the reviewer's decisions. Files are read and hashed one after the other (so the first of two equal
 * files is the one checked) and checked by the worker pool.
 */
import type { CheckProgress } from "../../core/check";
import { contentHash } from "../../core/hash";
import type { CheckResult } from "../../core/model/report";
import type { Decision, ExportFile } from "../export-types";
import type { FileSource } from "../intake/file-sources";
import { CheckPool, poolSize, type CheckOutcome } from "../worker-pool";

export type FileStatus =
  | { kind: "queued" }
  | { kind: "reading"; done?: number; total?: number }
  | { kind: "checking" }
  /** The result is in; it may say the file could not be checked (`result.error`). */
  | { kind: "done" }
  /** The check itself broke (the worker stopped, the file could not be read from disk). */
  | { kind: "failed"; reason: string }
  | { kind: "cancelled" }
  /** The same bytes as an earlier file of the batch, which is checked instead. */
  | { kind: "duplicate"; of: FileEntry };

export class FileEntry {
  status = $state<FileStatus>({ kind: "queued" });
  result = $state.raw<CheckResult | null>(null);
  /** The file's bytes, kept for the document view, which draws PDF and DOCX from them. */
  source = $state.raw<Uint8Array | null>(null);
  /** SHA-256 of the bytes; null until read, or where the browser offers no hashing (plain HTTP from another computer). */
  hash: string | null = null;
  /** Keyed by `findingKey(finding)`. */
  decisions = $state<Record<string, Decision>>({});
  jobId: number | null = null;

  constructor(
    readonly id: number,
    readonly name: string,
  ) {}
}

export const batch = $state<{ entries: FileEntry[] }>({ entries: [] });

let pool: CheckPool | null = null;
let nextId = 1;

export function isRunning(entry: FileEntry): boolean {
  return ["queued", "reading", "checking"].includes(entry.status.kind);
}

/** The entry whose result stands for this one: the first of two equal files. */
export function resultEntry(entry: FileEntry): FileEntry {
  return entry.status.kind === "duplicate" ? entry.status.of : entry;
}

export function fileById(id: number | null): FileEntry | null {
  return batch.entries.find((entry) => entry.id === id) ?? null;
}

/** Adds the files to the batch at once (their rows appear) and checks them in the background. */
export function addFiles(sources: FileSource[]): FileEntry[] {
  const added = sources.map((source) => new FileEntry(nextId++, source.name));
  batch.entries.push(...added);
  void prepareInOrder(added, sources);
  return added;
}

async function prepareInOrder(entries: FileEntry[], sources: FileSource[]): Promise<void> {
  for (const [index, entry] of entries.entries()) await prepare(entry, sources[index]);
}

async function prepare(entry: FileEntry, source: FileSource): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (error) {
    if (entry.status.kind === "queued") entry.status = { kind: "failed", reason: `文件读取失败：${messageOf(error)}` };
    return;
  }
  entry.source = bytes;
  entry.hash = await hashOrNull(bytes);
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

async function check(entry: FileEntry, bytes: Uint8Array): Promise<void> {
  pool ??= new CheckPool(poolSize());
  const job = pool.check(entry.name, bytes, (progress) => (entry.status = progressStatus(progress)));
  entry.jobId = job.id;
  settle(entry, await job.outcome);
}

function progressStatus({ stage, done, total }: CheckProgress): FileStatus {
  return stage === "read" ? { kind: "reading", done, total } : { kind: "checking" };
}

function settle(entry: FileEntry, outcome: CheckOutcome): void {
  entry.jobId = null;
  if ("result" in outcome) {
    entry.result = outcome.result;
    entry.status = { kind: "done" };
  } else if ("failure" in outcome) {
    entry.status = { kind: "failed", reason: outcome.failure };
  } else {
    entry.status = { kind: "cancelled" };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function cancelFile(entry: FileEntry): void {
  if (!isRunning(entry)) return;
  entry.status = { kind: "cancelled" };
  if (entry.jobId !== null) pool?.cancel(entry.jobId);
}

export function cancelAll(): void {
  for (const entry of batch.entries) cancelFile(entry);
}

/** Starts a new batch: running checks are stopped and every file is forgotten. */
export function clearBatch(): void {
  cancelAll();
  batch.entries = [];
}

export function setDecision(entry: FileEntry, key: string, decision: Decision | null): void {
  if (decision) entry.decisions[key] = decision;
  else delete entry.decisions[key];
}

/** The reviewer's marks on a file's findings, as a plain object (for exports and, later, storage). */
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
