/**
 * The local history as the page uses it (src/storage): one database, the user's choice to keep original
 * files, and what went wrong with storage, shown above the views with a way to free space. Every write the
 * page makes, or a check worker made for it (historyWritten), counts up `revision` here, so the views that
 * read the history read again.
 */
import type { Finding } from "../../core/model/report";
import { HistoryDb, requestPersistence, setDecision, storageProblem, type StorageProblem } from "../../storage";
import type { Decision } from "../../shared/review";
import type { HistoryReply } from "../../workers/protocol";

const KEEP_FILES_KEY = "nianbao-check.keep-files";

/** Original files are kept unless the user switched it off: a reopened report then shows its pages with their highlights. */
function storedKeepFiles(): boolean {
  try {
    return localStorage.getItem(KEEP_FILES_KEY) !== "no";
  } catch {
    return true;
  }
}

export const history = $state<{ keepFiles: boolean; problem: StorageProblem | null; persisted: boolean | null; revision: number }>({
  keepFiles: storedKeepFiles(),
  problem: null,
  /** Whether the browser promised to keep the history when space runs low; null until asked, or where it cannot be. */
  persisted: null,
  revision: 0,
});

let db: HistoryDb | null = null;

export function historyDb(): HistoryDb {
  db ??= new HistoryDb();
  return db;
}

export function setKeepFiles(keep: boolean): void {
  history.keepFiles = keep;
  try {
    localStorage.setItem(KEEP_FILES_KEY, keep ? "yes" : "no");
  } catch {
    // The choice then lasts for this visit only.
  }
}

export function changed(): void {
  history.revision++;
}

export function reportProblem(error: unknown): void {
  history.problem = storageProblem(error);
}

/** Runs a history task; a failure becomes the notice above the views, and the task's answer undefined. */
export async function guarded<T>(task: () => Promise<T>): Promise<T | undefined> {
  try {
    return await task();
  } catch (error) {
    reportProblem(error);
    return undefined;
  }
}

let persistenceAsked = false;

/** Asks the browser, once a visit, to keep the history when space runs low. */
export async function askPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  history.persisted = (await guarded(requestPersistence)) ?? null;
}

/** A check worker wrote to the history (its part of a check): the views read again; what failed is shown. */
export async function historyWritten({ saved, later, problem }: HistoryReply): Promise<void> {
  if (problem) history.problem = problem;
  if (!saved && !later?.length) return;
  changed();
  await askPersistence();
}

export async function persistDecision(entryId: number, finding: Finding, decision: Decision | null): Promise<void> {
  await guarded(() => setDecision(historyDb(), entryId, finding, decision));
}
