/** An entry's runs: every check of its file, oldest first. */
import type { HistoryDb, RunRecord } from "./db";
import { checkOrder } from "./run-order";

export async function runsOf(db: HistoryDb, entryId: number): Promise<RunRecord[]> {
  const runs = await db.runs.where("entryId").equals(entryId).toArray();
  return runs.sort(checkOrder);
}

/** The entry's latest run (every entry has one: it is saved with its first run). */
export async function latestRun(db: HistoryDb, entryId: number): Promise<RunRecord> {
  const runs = await runsOf(db, entryId);
  return runs[runs.length - 1];
}
