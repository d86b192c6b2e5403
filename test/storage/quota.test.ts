import { freshDb, checked } from "../helpers/history-db";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { seed } from "../helpers/text-edits";
import type { HistoryDb } from "../../src/storage/db";
import { saveCheck } from "../../src/storage/entries";
import { isQuotaError, requestPersistence, sizeText, STORAGE_FULL_MESSAGE, StorageFullError, storageUsage, writing } from "../../src/storage/quota";

describe("a full storage quota", () => {
  it("is recognised as Dexie reports it, as the browser throws it, and inside a failed transaction", () => {
    expect(isQuotaError(new Dexie.QuotaExceededError("quota"))).toBe(true);
    expect(isQuotaError(new DOMException("The quota has been exceeded.", "QuotaExceededError"))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError("Transaction aborted", new DOMException("full", "QuotaExceededError")))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError("duplicate key"))).toBe(false);
    expect(isQuotaError(new Error("other"))).toBe(false);
    expect(isQuotaError("QuotaExceededError")).toBe(false);
  });

  it("comes out of a write as a Chinese message that says how to free space; other errors pass unchanged", async () => {
    const full = writing(() => Promise.reject(new Dexie.QuotaExceededError("quota")));
    await expect(full).rejects.toBeInstanceOf(StorageFullError);
    await expect(full).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(STORAGE_FULL_MESSAGE).toContain("删除不再需要的记录");
    expect(STORAGE_FULL_MESSAGE).toContain("导出历史记录作备份");
    const other = new Dexie.ConstraintError("duplicate key");
    await expect(writing(() => Promise.reject(other))).rejects.toBe(other);
  });

  describe("a write that breaks a constraint inside the store is not taken for a full quota", () => {
    let db: HistoryDb;
    afterEach(() => db?.delete());

    it("a second entry with the same hash", async () => {
      db = freshDb();
      const input = await checked("a.txt", seed("003"), "2024-01-10T09:00:00+08:00");
      await saveCheck(db, input);
      const entry = (await db.entries.toArray())[0];
      const { id: _id, ...copy } = entry;
      await expect(writing(() => db.entries.add(copy))).rejects.toBeInstanceOf(Dexie.ConstraintError);
    });
  });
});

describe("storage estimate and persistence", () => {
  it("say nothing where the browser has no navigator.storage (as in Node)", async () => {
    expect(typeof navigator).toBe("undefined");
    expect(await storageUsage()).toBeNull();
    expect(await requestPersistence()).toBeNull();
  });

  it("sizes read as the page shows them", () => {
    expect(sizeText(1_572_864)).toBe("1.5 MB");
    expect(sizeText(839_680)).toBe("820 KB");
    expect(sizeText(10)).toBe("1 KB");
  });
});
