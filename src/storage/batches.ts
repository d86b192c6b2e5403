/**
 * 审核批次: a named set of the history's files, checked and reviewed together. A batch lists its files by
 * content hash, so it outlives a reload; its marks are the entries' own decisions.
 */
import type { BatchRecord, HistoryDb } from "./db";
import { writing } from "./quota";

export interface BatchInput {
  /** The batch to update; a new batch without it. */
  id?: number;
  name: string;
  hashes: string[];
}

/** Saves a batch (new, or its new name and files); its id. */
export function saveBatch(db: HistoryDb, { id, name, hashes }: BatchInput, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return writing(() =>
    db.transaction("rw", db.batches, async () => {
      const existing = id === undefined ? undefined : await db.batches.get(id);
      if (existing) {
        await db.batches.update(existing.id, { name, hashes: [...hashes], updatedAt: at });
        return existing.id;
      }
      return db.batches.add({ name, hashes: [...hashes], createdAt: at, updatedAt: at });
    }),
  );
}

/** Every batch, the latest changed first. */
export async function listBatches(db: HistoryDb): Promise<BatchRecord[]> {
  return (await db.batches.toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
}

/** A batch and the ids of its entries still in the history, in the batch's order (deleted entries left out). */
export async function batchEntries(db: HistoryDb, id: number): Promise<{ batch: BatchRecord; entryIds: number[] } | undefined> {
  return db.transaction("r", [db.batches, db.entries], async () => {
    const batch = await db.batches.get(id);
    if (!batch) return undefined;
    const entries = await db.entries.where("hash").anyOf(batch.hashes).toArray();
    const idOf = new Map(entries.map((entry) => [entry.hash, entry.id]));
    return { batch, entryIds: batch.hashes.flatMap((hash) => idOf.get(hash) ?? []) };
  });
}

export async function deleteBatch(db: HistoryDb, id: number): Promise<void> {
  await db.batches.delete(id);
}
