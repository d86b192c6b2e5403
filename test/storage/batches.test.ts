import { checked, freshDb } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { seed } from "../helpers/text-edits";
import { batchEntries, deleteBatch, listBatches, saveBatch } from "../../src/storage/batches";
import { HistoryDb } from "../../src/storage/db";
import { deleteAll, deleteEntry, saveCheck } from "../../src/storage/entries";

describe("审核批次", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  async function twoEntries() {
    const first = await checked("东城区.txt", seed("001"), "2024-01-10T09:00:00+08:00");
    const second = await checked("西城区.txt", seed("002"), "2024-01-10T09:05:00+08:00");
    return [
      { hash: first.hash, id: (await saveCheck(db, first)).entryId },
      { hash: second.hash, id: (await saveCheck(db, second)).entryId },
    ];
  }

  it("saves a named batch, reopens it after the database is reopened with its entries in its order, renames and extends it", async () => {
    db = freshDb();
    const [first, second] = await twoEntries();
    const id = await saveBatch(db, { name: "2023年度区级部门年报", hashes: [second.hash] }, new Date("2024-01-11T08:00:00Z"));
    db.close();
    db = new HistoryDb(db.name);
    expect(await batchEntries(db, id)).toEqual({
      batch: { id, name: "2023年度区级部门年报", hashes: [second.hash], createdAt: "2024-01-11T08:00:00.000Z", updatedAt: "2024-01-11T08:00:00.000Z" },
      entryIds: [second.id],
    });
    expect(await saveBatch(db, { id, name: "区级年报（第二批）", hashes: [second.hash, first.hash] }, new Date("2024-01-12T08:00:00Z"))).toBe(id);
    const reopened = await batchEntries(db, id);
    expect(reopened?.batch).toMatchObject({ name: "区级年报（第二批）", createdAt: "2024-01-11T08:00:00.000Z", updatedAt: "2024-01-12T08:00:00.000Z" });
    expect(reopened?.entryIds).toEqual([second.id, first.id]);
  });

  it("lists the latest changed first, leaves out deleted entries, deletes a batch, and is emptied with the whole history", async () => {
    db = freshDb();
    const [first, second] = await twoEntries();
    const older = await saveBatch(db, { name: "一", hashes: [first.hash, second.hash] }, new Date("2024-01-11T08:00:00Z"));
    const newer = await saveBatch(db, { name: "二", hashes: [second.hash] }, new Date("2024-01-12T08:00:00Z"));
    expect((await listBatches(db)).map((batch) => batch.name)).toEqual(["二", "一"]);
    await deleteEntry(db, first.id);
    expect((await batchEntries(db, older))?.entryIds).toEqual([second.id]);
    await deleteBatch(db, newer);
    expect(await batchEntries(db, newer)).toBeUndefined();
    await deleteAll(db);
    expect(await listBatches(db)).toEqual([]);
  });
});
