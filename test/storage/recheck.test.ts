import { freshDb } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkDocument, checkFile, type CheckInput } from "../../src/core/check";
import { contentHash } from "../../src/core/hash";
import { realFile, seedText } from "../helpers/seeds";
import { HistoryDb } from "../../src/storage/db";
import { openEntry, saveCheck } from "../../src/storage/entries";
import { savedDocument } from "../../src/storage/recheck";

const NOW = () => new Date("2024-01-20T01:00:00Z");

describe("a saved check, checked again from its blocks without the file", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  async function roundTrip(input: CheckInput) {
    const result = await checkFile(input, { extractors: nodeExtractors, now: NOW });
    db = freshDb();
    const { entryId } = await saveCheck(db, { result, hash: await contentHash(input.bytes), size: input.bytes.length });
    db.close();
    db = new HistoryDb(db.name);
    const saved = (await openEntry(db, entryId))!.latest.result;
    return { result, again: checkDocument(savedDocument(saved)!, { now: NOW }) };
  }

  it("gives the same result for a text file", async () => {
    const { result, again } = await roundTrip({ name: "004.txt", bytes: new TextEncoder().encode(seedText("004_7be0dca35fed79ae")) });
    expect(again).toEqual(result);
  });

  it("gives the same result for a real PDF, pages and boxes kept in the blocks", async () => {
    const { result, again } = await roundTrip({ name: "hongze-2024.pdf", bytes: realFile("hongze-2024.pdf") });
    expect(result.report?.agency).toBe("淮安市洪泽区人民政府");
    expect(result.findings?.[0].location.page).toBeGreaterThan(0);
    expect(again).toEqual(result);
  });

  it("has no document to check again when the file could not be read", async () => {
    const result = await checkFile({ name: "empty.txt", bytes: new Uint8Array() });
    expect(result.error?.code).toBe("empty-file");
    expect(savedDocument(result)).toBeUndefined();
  });
});
