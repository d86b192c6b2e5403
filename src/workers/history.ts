/**
 * The history's part of a check, done in the check worker, so that the page only routes messages and
 * draws: the result checked again with what the history knows (the agency's earlier years, its confirmed
 * kind), saved with the reviewer's marks carried over, and the agency's later year checked again with it.
 * Dexie opens the page's own IndexedDB here. The page gives the turns (AgencyTurns): files of one agency
 * take this part one at a time. A failure of the history is told (`problem`); the check's result stands.
 */
import { checkDocument } from "../core/check";
import type { CheckResult } from "../core/model/report";
import {
  agencyHistory,
  openEntry,
  profileOf,
  saveCheck,
  savedDocument,
  storageProblem,
  type ComparedReport,
  type EntryRecord,
  type HistoryDb,
  type StorageProblem,
} from "../storage";
import type { AgencyOfTask, HistoryReply, RecheckedEntry, SavedCheck, StoredFile } from "./protocol";

/** The file of a check, and its bytes when the user keeps files. */
export type FileToSave = StoredFile & { bytes?: Uint8Array };

/** A result and the earlier reports it was compared with. */
interface Compared {
  result: CheckResult;
  comparedWith?: ComparedReport[];
}

/** One history task: its database, and the first failure it met. */
class HistoryTask {
  problem?: StorageProblem;

  constructor(readonly db: HistoryDb) {}

  /** The step's answer, or undefined when the history failed (the failure is kept as the task's problem). */
  async guarded<T>(step: (db: HistoryDb) => Promise<T>): Promise<T | undefined> {
    try {
      return await step(this.db);
    } catch (error) {
      this.problem ??= storageProblem(error);
      return undefined;
    }
  }
}

/** The result's agency, with the names the user confirmed as it: what the page's turns go by. */
export async function agencyOfResult(db: HistoryDb, result: CheckResult): Promise<AgencyOfTask> {
  const agency = result.report?.agency ?? "";
  const profile = agency ? await new HistoryTask(db).guarded((db) => profileOf(db, agency)) : undefined;
  return { agency, confirmedKeys: profile?.confirmed ? profile.keys : [] };
}

/** A result and the agency's entries of the year after, to check again once it is saved. */
interface ComparedWithLater extends Compared {
  later: EntryRecord[];
}

/**
 * The result's blocks checked again with the agency's earlier reports and confirmed kind, when the history has
 * any (`always`: in any case, as the rules are newer than the result's). One read of the history (agencyHistory).
 */
async function withHistory(task: HistoryTask, result: CheckResult, always = false): Promise<ComparedWithLater> {
  const saved = result.error ? undefined : savedDocument(result);
  const known = saved && (await task.guarded((db) => agencyHistory(db, result.report)));
  if (!saved || !known) return { result, later: [] };
  const { options, later } = known;
  if (!always && !options.history?.length && !options.agencyKind) return { result, later };
  const again = checkDocument(saved, options);
  const comparedWith = (options.history ?? []).map(({ file, report, checkedAt }) => ({ file, agency: report.agency, year: report.year, checkedAt }));
  return comparedWith.length > 0 ? { result: again, comparedWith, later } : { result: again, later };
}

/** Saves the check (a file that could not be read at all, or was not hashed, is not); its entry and marks. */
function save(task: HistoryTask, { result, comparedWith }: Compared, { hash, size, bytes }: FileToSave): Promise<SavedCheck | undefined> {
  if (!hash || !result.blocks) return Promise.resolve(undefined);
  return task.guarded(async (db) => {
    const { entryId, decisions } = await saveCheck(db, { result, hash, size, bytes: result.error ? undefined : bytes, comparedWith });
    return { entryId, decisions };
  });
}

/** A result checked again with what the history knows now; saved as another run when that changed it. */
async function recheck(task: HistoryTask, result: CheckResult, file: StoredFile, rulesChanged = false): Promise<(Compared & { saved?: SavedCheck }) | undefined> {
  const { result: again, comparedWith } = await withHistory(task, result, rulesChanged);
  if (again === result) return undefined;
  const checked = comparedWith ? { result: again, comparedWith } : { result: again };
  return { ...checked, saved: await save(task, checked, file) };
}

/** A report of year Y arrived: the agency's entries of year Y+1 are checked again, with it as their year before. */
async function recheckLaterYears(task: HistoryTask, later: EntryRecord[]): Promise<RecheckedEntry[]> {
  const rechecked: RecheckedEntry[] = [];
  for (const entry of later) {
    const latest = (await task.guarded((db) => openEntry(db, entry.id)))?.latest.result;
    const again = latest && (await recheck(task, latest, entry));
    if (again?.saved) rechecked.push({ ...again, saved: again.saved });
  }
  return rechecked;
}

/** The history's part of a file's check, in its agency's turn: checked again with the earlier years, saved, the later year checked again. */
export async function historyOfCheck(db: HistoryDb, result: CheckResult, file: FileToSave): Promise<{ result: CheckResult; history: HistoryReply }> {
  const task = new HistoryTask(db);
  const checked = await withHistory(task, result);
  const saved = await save(task, checked, file);
  const later = await recheckLaterYears(task, checked.later);
  return { result: checked.result, history: { comparedWith: checked.comparedWith, saved, later, problem: task.problem } };
}

/**
 * A result checked again with what the history knows now (an agency just confirmed; `rulesChanged`: the app's
 * rules are newer than the result's); `history` absent when that changed nothing.
 */
export async function recheckWithHistory(db: HistoryDb, result: CheckResult, file: StoredFile, rulesChanged = false): Promise<{ result: CheckResult; history?: HistoryReply }> {
  const task = new HistoryTask(db);
  const again = await recheck(task, result, file, rulesChanged);
  if (!again) return task.problem ? { result, history: { problem: task.problem } } : { result };
  return { result: again.result, history: { comparedWith: again.comparedWith, saved: again.saved, problem: task.problem } };
}
