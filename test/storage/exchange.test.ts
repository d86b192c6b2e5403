import { freshDb, checked, bytesOf } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { seed } from "../helpers/text-edits";
import { confirmAgency, listAgencies } from "../../src/storage/agencies";
import type { HistoryDb } from "../../src/storage/db";
import { decisionsOf, setDecision } from "../../src/storage/decisions";
import { listEntries, openEntry, saveCheck } from "../../src/storage/entries";
import { exportHistory, importHistory } from "../../src/storage/exchange";
import { EXPORT_FORMAT, type HistoryExport } from "../../src/storage/history-file";
import { HistoryImportError } from "../../src/storage/validate";

const NOW = new Date("2024-02-01T08:00:00Z");

/** A history of three files: one checked twice with a decision and its file kept, two once, and an agency confirmed. */
async function filledDb(): Promise<HistoryDb> {
  const db = freshDb();
  const first = await checked("东城区2023.txt", seed("001"), "2024-01-10T09:00:00+08:00");
  const { entryId } = await saveCheck(db, { ...first, bytes: bytesOf(seed("001")) });
  await saveCheck(db, await checked("东城区2023（再查）.txt", seed("001"), "2024-01-20T09:00:00+08:00"));
  await setDecision(db, entryId, first.result.findings![0], { status: "not-an-issue", note: "模板原文" });
  await saveCheck(db, await checked("西城区.txt", seed("002"), "2024-01-11T09:00:00+08:00"));
  await saveCheck(db, await checked("机关事务局.txt", seed("000"), "2024-01-12T09:00:00+08:00"));
  await confirmAgency(db, "北京市机关事务管理局", ["市机关事务局"], "department");
  return db;
}

/** Everything a history holds, without the ids a database gives out. */
async function contents(db: HistoryDb) {
  const entries = await listEntries(db, { sort: "agency" });
  return Promise.all(
    entries.map(async ({ id, ...entry }) => {
      const opened = await openEntry(db, id);
      return { entry, runs: opened!.runs.map((run) => run.result), decisions: opened!.decisions, file: (await db.files.get(entry.hash))?.bytes };
    }),
  ).then(async (all) => ({ all, agencies: (await listAgencies(db)).map(({ id: _id, ...profile }) => profile) }));
}

describe("export and import of the whole history", () => {
  const dbs: HistoryDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
  const track = (db: HistoryDb) => (dbs.push(db), db);

  it("exports one JSON file with its format and version, and imports it into an empty history unchanged", async () => {
    const source = track(await filledDb());
    const exported = await exportHistory(source, NOW);
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 2, exportedAt: "2024-02-01T08:00:00.000Z" });
    expect(exported.entries.map((entry) => [entry.runs.length, entry.file !== undefined])).toEqual([[2, true], [1, false], [1, false]]);
    const target = track(freshDb());
    expect(await importHistory(target, JSON.stringify(exported))).toEqual({ entries: 3, runs: 4 });
    expect(await contents(target)).toEqual(await contents(source));
    expect((await contents(target)).all[0].file).toEqual(bytesOf(seed("001")));
  });

  it("importing the same file again adds nothing; into a history that has some of it, only what is missing", async () => {
    const source = track(await filledDb());
    const text = JSON.stringify(await exportHistory(source, NOW));
    expect(await importHistory(source, text)).toEqual({ entries: 0, runs: 0 });
    const target = track(freshDb());
    const known = await saveCheck(target, await checked("东城区2023.txt", seed("001"), "2024-01-10T09:00:00+08:00"));
    await setDecision(target, known.entryId, (await openEntry(target, known.entryId))!.latest.result.findings![0], { status: "verified", note: "本机" });
    expect(await importHistory(target, text)).toEqual({ entries: 2, runs: 3 });
    expect((await openEntry(target, known.entryId))!.runs).toHaveLength(2);
    expect(Object.values(await decisionsOf(target, known.entryId))).toEqual([{ status: "verified", note: "本机" }]);
  });

  describe("a bad or foreign file is refused with a clear message, and the history stays as it was", () => {
    async function refused(text: string): Promise<string> {
      const db = track(await filledDb());
      const before = await contents(db);
      const error = await importHistory(db, text).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(HistoryImportError);
      expect(await contents(db)).toEqual(before);
      return (error as Error).message;
    }
    const valid = async (): Promise<HistoryExport> => exportHistory(track(await filledDb()), NOW);

    it("not JSON", async () => {
      expect(await refused("{\"format\": \"nianbao-check-history\", ")).toBe("文件不是有效的 JSON 格式，无法导入。");
    });

    it("JSON of something else", async () => {
      expect(await refused(JSON.stringify({ files: [] }))).toBe("该文件不是年报校验导出的历史记录，未导入任何内容，现有历史记录未改动。");
      expect(await refused("[1, 2]")).toContain("不是年报校验导出的历史记录");
    });

    it("a later version of the format", async () => {
      expect(await refused(JSON.stringify({ ...(await valid()), version: 3 }))).toBe(
        "该历史记录文件由较新版本的年报校验导出（格式版本 3），请先更新本工具再导入。未导入任何内容，现有历史记录未改动。",
      );
    });

    it("damaged deep inside: a finding of an unknown severity, in the last file's run", async () => {
      const file = await valid();
      const findings = file.entries[2].runs[0].findings!;
      findings[1] = { ...findings[1], severity: "fatal" as never };
      expect(await refused(JSON.stringify(file))).toBe(
        "历史记录文件已损坏或不完整：entries[2].runs[0].findings[1].severity 应为error、warning、info之一。未导入任何内容，现有历史记录未改动。",
      );
    });

    it("damaged: a block without text, a run without its time, a decision of another kind", async () => {
      const file = await valid();
      delete (file.entries[1].runs[0].blocks![3] as { text?: string }).text;
      expect(await refused(JSON.stringify(file))).toContain("entries[1].runs[0].blocks[3].text 应为文字");
      const timeless = await valid();
      timeless.entries[0].runs[1].checkedAt = "昨天";
      expect(await refused(JSON.stringify(timeless))).toContain("entries[0].runs[1].checkedAt 应为2000–2100 年间的日期时间");
      const decided = await valid();
      Object.values(decided.entries[0].decisions)[0].status = "maybe" as never;
      expect(await refused(JSON.stringify(decided))).toContain(".status 应为verified、not-an-issue之一");
    });

    it("a kept file that is not the file its hash names", async () => {
      const file = await valid();
      file.entries[0].file = btoa(String.fromCharCode(...bytesOf("另一份文件")));
      expect(await refused(JSON.stringify(file))).toBe("历史记录文件已损坏或不完整：entries[0].file 与其内容哈希不符。未导入任何内容，现有历史记录未改动。");
    });
  });
});
