import { freshDb, checked, bytesOf } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { seed } from "../helpers/text-edits";
import { inYear } from "../helpers/history";
import { HistoryDb } from "../../src/storage/db";
import { deleteAll, deleteEntry, keptFile, listEntries, openEntry, saveCheck, setKeptFile } from "../../src/storage/entries";
import { setDecision } from "../../src/storage/decisions";

const JAN_10 = "2024-01-10T09:00:00+08:00";
const JAN_20 = "2024-01-20T09:00:00+08:00";

describe("the history's entries", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("saves a check and opens it again after the database is reopened, without the file", async () => {
    db = freshDb();
    const input = await checked("东城区2023.txt", seed("001"), JAN_10);
    const saved = await saveCheck(db, input);
    expect(saved.newEntry).toBe(true);
    db.close();
    db = new HistoryDb(db.name);
    const opened = await openEntry(db, saved.entryId);
    expect(opened?.entry).toMatchObject({
      hash: input.hash,
      names: ["东城区2023.txt"],
      agency: "北京市东城区人民政府办公室",
      agencyKey: "东城区人民政府办公室",
      year: 2023,
      format: "txt",
      size: bytesOf(seed("001")).length,
      firstCheckedAt: "2024-01-10T09:00:00+08:00",
      lastCheckedAt: "2024-01-10T09:00:00+08:00",
      fileStored: false,
    });
    expect(opened?.latest.result).toEqual(input.result);
    const counted = (severity: string) => input.result.findings!.filter((finding) => finding.severity === severity).length;
    expect(opened?.entry.counts).toEqual({ error: counted("error"), warning: counted("warning"), info: counted("info") });
    expect(counted("warning")).toBeGreaterThan(0);
    expect(await keptFile(db, saved.entryId)).toBeUndefined();
  });

  it("the same file checked twice is one entry with two runs and both names", async () => {
    db = freshDb();
    const first = await saveCheck(db, await checked("a.txt", seed("001"), JAN_10));
    const second = await saveCheck(db, await checked("东城区年报.txt", seed("001"), JAN_20));
    expect(second).toMatchObject({ entryId: first.entryId, newEntry: false });
    const opened = await openEntry(db, first.entryId);
    expect(opened?.runs.map((run) => run.checkedAt)).toEqual([JAN_10, JAN_20]);
    expect(opened?.latest.id).toBe(second.runId);
    expect(opened?.entry).toMatchObject({ names: ["a.txt", "东城区年报.txt"], firstCheckedAt: JAN_10, lastCheckedAt: JAN_20 });
    expect(await db.entries.count()).toBe(1);
  });

  it("lists by agency (also under an abbreviation) and year, sorted as asked", async () => {
    db = freshDb();
    await saveCheck(db, await checked("dongcheng-2023.txt", seed("001"), JAN_10));
    await saveCheck(db, await checked("dongcheng-2022.txt", inYear(seed("001"), 2022), "2023-01-15T09:00:00+08:00"));
    await saveCheck(db, await checked("xicheng-2023.txt", seed("002"), JAN_20));
    const names = (entries: { names: string[] }[]) => entries.map((entry) => entry.names[0]);
    expect(names(await listEntries(db))).toEqual(["xicheng-2023.txt", "dongcheng-2023.txt", "dongcheng-2022.txt"]);
    expect(names(await listEntries(db, { text: "东城区政府办" }))).toEqual(["dongcheng-2023.txt", "dongcheng-2022.txt"]);
    expect(names(await listEntries(db, { text: "西城" }))).toEqual(["xicheng-2023.txt"]);
    expect(names(await listEntries(db, { text: "dongcheng-2022" }))).toEqual(["dongcheng-2022.txt"]);
    expect(names(await listEntries(db, { year: 2023, sort: "agency" }))).toEqual(["dongcheng-2023.txt", "xicheng-2023.txt"]);
    expect(names(await listEntries(db, { sort: "year" }))).toEqual(["dongcheng-2022.txt", "dongcheng-2023.txt", "xicheng-2023.txt"]);
    expect(await listEntries(db, { text: "亦庄镇" })).toEqual([]);
  });

  it("deletes one entry with its runs, decisions and file, and leaves the others", async () => {
    db = freshDb();
    const input = await checked("a.txt", seed("003"), JAN_10);
    const doomed = await saveCheck(db, { ...input, bytes: bytesOf(seed("003")) });
    await saveCheck(db, await checked("a.txt", seed("003"), JAN_20));
    await setDecision(db, doomed.entryId, input.result.findings![0], { status: "verified", note: "" });
    const kept = await saveCheck(db, await checked("b.txt", seed("004"), JAN_10));
    await deleteEntry(db, doomed.entryId);
    expect(await openEntry(db, doomed.entryId)).toBeUndefined();
    expect(await db.runs.where("entryId").equals(doomed.entryId).count()).toBe(0);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.files.count()).toBe(0);
    expect((await listEntries(db)).map((entry) => entry.id)).toEqual([kept.entryId]);
  });

  it("deletes everything", async () => {
    db = freshDb();
    await saveCheck(db, { ...(await checked("a.txt", seed("000"), JAN_10)), bytes: bytesOf(seed("000")) });
    await saveCheck(db, await checked("b.txt", seed("004"), JAN_10));
    await deleteAll(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it("keeps the file when the user asks, and frees its space again", async () => {
    db = freshDb();
    const text = seed("002");
    const { entryId } = await saveCheck(db, { ...(await checked("a.txt", text, JAN_10)), bytes: bytesOf(text) });
    expect((await openEntry(db, entryId))?.entry.fileStored).toBe(true);
    expect(await keptFile(db, entryId)).toEqual(bytesOf(text));
    await setKeptFile(db, entryId, null);
    expect(await keptFile(db, entryId)).toBeUndefined();
    expect((await openEntry(db, entryId))?.entry).toMatchObject({ fileStored: false, size: bytesOf(text).length });
  });

  it("keeps with a run the earlier reports its check compared with", async () => {
    db = freshDb();
    const comparedWith = [{ file: "2022.txt", agency: "北京市东城区人民政府办公室", year: 2022, checkedAt: JAN_10 }];
    const saved = await saveCheck(db, { ...(await checked("2023.txt", seed("001"), JAN_20)), comparedWith });
    expect((await openEntry(db, saved.entryId))?.latest.comparedWith).toEqual(comparedWith);
    const alone = await saveCheck(db, await checked("2022.txt", inYear(seed("001"), 2022), JAN_10));
    expect((await openEntry(db, alone.entryId))?.latest).not.toHaveProperty("comparedWith");
  });
});
