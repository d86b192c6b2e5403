/**
 * The local history as the page uses it (src/storage): one database, the user's choice to keep original
 * files, and what went wrong with storage, shown above the views with a way to free space. Every write the
 * page makes goes through here and counts up `revision`, so the views that read the history read again.
 */
import type { CheckResult, Finding } from "../../core/model/report";
import {
  HistoryDb,
  StorageFullError,
  decisionsOf,
  requestPersistence,
  saveCheck,
  setDecision,
  type Decisions,
  type SaveInput,
} from "../../storage";
import type { Decision } from "../../shared/review";
import { withHistory, type CheckSaved, type HistoryOutcome } from "../history/with-history";

const KEEP_FILES_KEY = "nianbao-check.keep-files";

/** Original files are kept unless the user switched it off: a reopened report then shows its pages with their highlights. */
function storedKeepFiles(): boolean {
  try {
    return localStorage.getItem(KEEP_FILES_KEY) !== "no";
  } catch {
    return true;
  }
}

export interface StorageProblem {
  message: string;
  /** The quota is full: deleting entries or kept files would help. */
  full: boolean;
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
  if (error instanceof StorageFullError) history.problem = { message: error.message, full: true };
  else history.problem = { message: `历史记录不可用：${error instanceof Error ? error.message : String(error)}`, full: false };
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

/** The result checked again with what the history knows (see withHistory); the result itself when the history cannot be read. */
export async function checkWithHistory(result: CheckResult, checkSaved: CheckSaved): Promise<HistoryOutcome> {
  return (await guarded(() => withHistory(historyDb(), result, checkSaved))) ?? { result };
}

let persistenceAsked = false;

/** Asks the browser, once a visit, to keep the history when space runs low. */
export async function askPersistence(): Promise<void> {
  if (persistenceAsked) return;
  persistenceAsked = true;
  history.persisted = (await guarded(requestPersistence)) ?? null;
}

/** Saves a check; its entry's id and the reviewer's marks it has (its own, or carried over from the version before). */
export async function remember(input: SaveInput): Promise<{ entryId: number; decisions: Decisions } | undefined> {
  const saved = await guarded(async () => {
    const { entryId } = await saveCheck(historyDb(), input);
    return { entryId, decisions: await decisionsOf(historyDb(), entryId) };
  });
  if (!saved) return undefined;
  changed();
  await askPersistence();
  return saved;
}

export async function persistDecision(entryId: number, finding: Finding, decision: Decision | null): Promise<void> {
  await guarded(() => setDecision(historyDb(), entryId, finding, decision));
}
