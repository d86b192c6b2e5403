/** A Word 97–2003 report in the history, like any other: saved with its file, exported and imported unchanged, checked again from its blocks. */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { checkDocument, checkFile } from "../../src/core/check";
import { extractDoc } from "../../src/core/extract/doc";
import { contentHash } from "../../src/core/hash";
import type { HistoryDb } from "../../src/storage/db";
import { listEntries, openEntry, saveCheck } from "../../src/storage/entries";
import { exportHistory, importHistory } from "../../src/storage/exchange";
import { freshDb } from "../helpers/history-db";

const NAME = "亦庄镇2023.doc";
const BYTES = new Uint8Array(readFileSync(new URL("../fixtures/generated/004_7be0dca35fed79ae.doc", import.meta.url)));
const now = () => new Date("2024-02-01T08:00:00Z");

describe("a .doc report in the history", () => {
  const dbs: HistoryDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });

  it("is saved with its file, travels through export and import, and checks again from its saved blocks", async () => {
    const result = await checkFile({ name: NAME, bytes: BYTES }, { extractors: { doc: extractDoc }, now });
    expect(result.format).toBe("doc");
    const source = freshDb();
    const target = freshDb();
    dbs.push(source, target);
    await saveCheck(source, { result, hash: await contentHash(BYTES), size: BYTES.length, bytes: BYTES });

    expect(await importHistory(target, JSON.stringify(await exportHistory(source, now())))).toEqual({ entries: 1, runs: 1 });
    const [entry] = await listEntries(target, { sort: "agency" });
    expect(entry.agency).toBe("北京市大兴区亦庄镇人民政府");
    const opened = await openEntry(target, entry.id!);
    expect(opened!.latest.result).toEqual(result);
    expect((await target.files.get(entry.hash))?.bytes).toEqual(BYTES);

    const again = checkDocument({ name: NAME, document: { format: "doc", blocks: opened!.latest.result.blocks! } }, { now });
    expect(again).toEqual(result);
  });
});
