import { checked, freshName } from "../helpers/history-db";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { seed } from "../helpers/text-edits";
import { inYear } from "../helpers/history";
import { confirmAgency, earlierReports } from "../../src/storage/agencies";
import { batchEntries, listBatches, saveBatch } from "../../src/storage/batches";
import { agencyKey } from "../../src/core/agency";
import { RULES_VERSION } from "../../src/core/model/version";
import type { Finding, Severity } from "../../src/core/model/report";
import { HistoryDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V7, type EntryRecord } from "../../src/storage/db";
import { loadRuleSettings, saveRuleSettings } from "../../src/storage/settings";
import { decisionsOf } from "../../src/storage/decisions";
import { entryKeys } from "../../src/storage/entry-keys";
import { entryCounts } from "../../src/storage/counts";
import { NO_SETTINGS } from "../../src/core/settings/rule-settings";
import { listEntries, openEntry } from "../../src/storage/entries";
import { historyYears, listPage } from "../../src/storage/list";
import { entriesToRecheck } from "../../src/storage/recheck";
import { versionsOf } from "../../src/storage/versions";

/** What version 1 stored: the entry without its agency key. */
async function fillVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  const saved = [];
  for (const [file, text, at] of [
    ["2023.txt", seed("001"), "2024-01-10T09:00:00+08:00"],
    ["2022.txt", inYear(seed("001"), 2022), "2023-01-10T09:00:00+08:00"],
  ] as const) {
    const { result, hash, size } = await checked(file, text, at);
    const entry = {
      hash,
      names: [file],
      agency: result.report!.agency,
      year: result.report!.year,
      format: result.format,
      size,
      firstCheckedAt: at,
      lastCheckedAt: at,
      rulesVersion: result.checker.rules,
      counts: { error: 0, warning: 0, info: result.findings!.length },
      fileStored: true,
    };
    const entryId = (await old.table("entries").add(entry)) as number;
    await old.table("runs").add({ entryId, checkedAt: at, result });
    await old.table("decisions").add({ entryId, key: "some|finding", status: "verified", note: "旧版本中的标记" });
    await old.table("files").add({ hash, bytes: new TextEncoder().encode(text) });
    saved.push({ entryId, entry, result });
  }
  old.close();
  return saved;
}

describe("schema versions", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("a version 1 database opens as the latest version with every entry, run, decision and file, and entries gain their agency key and counts by rule", async () => {
    const name = freshName();
    const saved = await fillVersion1(name);
    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const entries = await listEntries(db, { sort: "year" });
    const derived = ({ entry, result }: (typeof saved)[number]) => ({
      agencyKey: "东城区人民政府办公室",
      ...entryKeys({ ...entry, agency: entry.agency! }),
      ...entryCounts(result.findings!, NO_SETTINGS),
    });
    expect(entries).toEqual(saved.map((old) => ({ ...old.entry, id: old.entryId, ...derived(old) })).reverse());
    for (const { entryId, entry, result } of saved) {
      const opened = await openEntry(db, entryId);
      expect(opened?.latest.result).toEqual(result);
      expect(await decisionsOf(db, entryId)).toEqual({ "some|finding": { status: "verified", note: "旧版本中的标记" } });
      expect((await db.files.get(entry.hash))?.bytes).toBeInstanceOf(Uint8Array);
    }
  });

  it("what version 2 adds works on the migrated entries: versions by agency key, earlier reports, agency profiles", async () => {
    const name = freshName();
    const [thisYear] = await fillVersion1(name);
    db = new HistoryDb(name);
    expect((await versionsOf(db, "东城区政府办", 2023)).map((entry) => entry.id)).toEqual([thisYear.entryId]);
    expect((await earlierReports(db, { agency: "北京市东城区人民政府办公室", year: 2023 })).map((earlier) => earlier.report.year)).toEqual([2022]);
    await confirmAgency(db, "北京市东城区人民政府办公室", ["区政府办"], "department");
    expect(await db.agencies.count()).toBe(1);
  });

  it("a version 2 database (entries, agency profiles) opens as the latest version with everything kept and an empty batch table to use", async () => {
    const name = freshName();
    const saved = await fillVersion1(name);
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    await old.table("entries").toCollection().modify((entry: { agencyKey: string }) => (entry.agencyKey = "东城区人民政府办公室"));
    await old.table("agencies").add({ name: "北京市东城区人民政府办公室", aliases: [], keys: ["东城区人民政府办公室"], kind: "department", confirmed: true });
    old.close();

    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect((await listEntries(db)).map((entry) => entry.id).sort()).toEqual(saved.map(({ entryId }) => entryId).sort());
    expect((await db.agencies.toArray()).map((profile) => [profile.name, profile.confirmed])).toEqual([["北京市东城区人民政府办公室", true]]);
    expect(await listBatches(db)).toEqual([]);
    const id = await saveBatch(db, { name: "2023年度区级部门年报", hashes: saved.map(({ entry }) => entry.hash).reverse() });
    expect((await batchEntries(db, id))?.entryIds).toEqual(saved.map(({ entryId }) => entryId).reverse());
  });
});

describe("schema version 4: the rule settings", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("a version 3 database opens as the latest version with its entries, no rule turned off, and keeps the settings saved", async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    const { result, hash, size } = await checked("2023.txt", seed("001"), "2024-01-10T09:00:00+08:00");
    await old.table("entries").add({ hash, names: ["2023.txt"], agency: result.report!.agency, agencyKey: "东城区人民政府办公室", year: 2023, format: "txt", size });
    old.close();

    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.entries.count()).toBe(1);
    expect(await loadRuleSettings(db)).toEqual({ rules: {} });
    const settings = { rules: { "typo/dash": { enabled: false }, "structure/section-number-missing": { severity: "info" as const } } };
    await saveRuleSettings(db, settings);
    db.close();
    db = new HistoryDb(name);
    expect(await loadRuleSettings(db)).toEqual(settings);
  });
});

describe("schema version 5: the history at scale", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("a version 4 database opens as the latest version with its entries' list and search keys filled in, listed, searched and offered for a re-check", async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(4).stores(SCHEMA_V4);
    await old.open();
    const files = [
      ["dongcheng-2023.txt", seed("001"), "2024-01-10T09:00:00+08:00", "2021-30/0"],
      ["dongcheng-2022.txt", inYear(seed("001"), 2022), "2023-01-10T09:00:00+08:00", RULES_VERSION],
      ["xicheng-2023.txt", seed("002"), "2024-01-20T09:00:00+08:00", RULES_VERSION],
    ] as const;
    for (const [file, text, at, rules] of files) {
      const { result, hash, size } = await checked(file, text, at);
      const agency = result.report!.agency;
      const entry = { hash, names: [file], agency, agencyKey: agencyKey(agency), year: result.report!.year, format: result.format, size };
      const entryId = await old.table("entries").add({ ...entry, firstCheckedAt: at, lastCheckedAt: at, rulesVersion: rules, counts: { error: 0, warning: 1, info: 0 }, fileStored: false });
      await old.table("runs").add({ entryId, checkedAt: at, result });
    }
    old.close();

    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    for (const entry of await db.entries.toArray()) expect(entry).toMatchObject(entryKeys(entry));
    const names = (entries: EntryRecord[]) => entries.map((entry) => entry.names[0]);
    expect(names((await listPage(db, {}, { offset: 0, limit: 2 })).entries)).toEqual(["xicheng-2023.txt", "dongcheng-2023.txt"]);
    expect((await listPage(db, {}, { offset: 0, limit: 2 })).total).toBe(3);
    expect(names(await listEntries(db, { text: "东城区政府办" }))).toEqual(["dongcheng-2023.txt", "dongcheng-2022.txt"]);
    expect(names(await listEntries(db, { text: "cheng-2023" }))).toEqual(["xicheng-2023.txt", "dongcheng-2023.txt"]);
    expect(names(await listEntries(db, { year: 2023, sort: "errors" }))).toEqual(["dongcheng-2023.txt", "xicheng-2023.txt"]);
    expect(names(await entriesToRecheck(db))).toEqual(["dongcheng-2023.txt"]);
    expect(await historyYears(db)).toEqual([2023, 2022]);
  });
});

describe("schema version 7: a search reads the names' endings", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  /** The character runs version 5 derived from an entry's agency and names (three characters, padded at the end). */
  const version5Grams = (texts: string[]) => [...new Set(texts.flatMap((text) => Array.from(text, (_, at) => `${text}\0\0`.slice(at, at + 3))))];

  it("a version 6 database opens as the latest version with its entries' runs of characters turned into endings, and searches as before", async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(6).stores(SCHEMA_V5);
    await old.open();
    const rows = [
      ["东城区2022年报.pdf", "北京市东城区人民政府办公室", 2022, "2023-01-10T09:00:00+08:00"],
      ["东城区2023年报.pdf", "北京市东城区人民政府办公室", 2023, "2024-01-10T09:00:00+08:00"],
      ["西城区2023年报.docx", "北京市西城区人民政府办公室", 2023, "2024-01-11T09:00:00+08:00"],
      ["扫描件.pdf", "", null, "2024-01-12T09:00:00+08:00"],
    ] as const;
    for (const [file, agency, year, at] of rows) {
      const facts = { names: [file], agency, year, lastCheckedAt: at };
      const { checkedTime, listYear, agencyMatch } = entryKeys(facts);
      await old.table("entries").add({
        ...facts,
        hash: file,
        agencyKey: agencyKey(agency),
        format: file.endsWith(".pdf") ? "pdf" : "docx",
        size: 1,
        firstCheckedAt: at,
        rulesVersion: RULES_VERSION,
        counts: { error: 0, warning: 0, info: 0 },
        fileStored: false,
        checkedTime,
        listYear,
        agencyMatch,
        grams: version5Grams([agency, file].filter(Boolean)),
      });
    }
    expect(await old.table("entries").where("grams").equals("城区2").count()).toBe(3);
    old.close();

    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect([...db.backendDB().transaction("entries").objectStore("entries").indexNames]).toContain("suffixes");
    expect([...db.backendDB().transaction("entries").objectStore("entries").indexNames]).not.toContain("grams");
    for (const entry of await db.entries.toArray()) {
      expect(entry).not.toHaveProperty("grams");
      expect(entry).toMatchObject(entryKeys(entry));
    }
    const found = async (text: string, year?: number) => (await listEntries(db, { text, year })).map((entry) => entry.names[0]);
    expect(await found("东城区政府办")).toEqual(["东城区2023年报.pdf", "东城区2022年报.pdf"]);
    expect(await found("东城区政府办", 2022)).toEqual(["东城区2022年报.pdf"]);
    expect(await found("北京市西城区人民政府办公室")).toEqual(["西城区2023年报.docx"]);
    expect(await found("城区2")).toEqual(["西城区2023年报.docx", "东城区2023年报.pdf", "东城区2022年报.pdf"]);
    expect(await found("2023年报", 2023)).toEqual(["西城区2023年报.docx", "东城区2023年报.pdf"]);
    expect(await found("扫")).toEqual(["扫描件.pdf"]);
    expect(await found("docx")).toEqual(["西城区2023年报.docx"]);
    expect(await found("海淀区政府办")).toEqual([]);
    expect((await listPage(db, { text: "年报" }, { offset: 1, limit: 1 })).total).toBe(3);
  });
});

describe("schema version 8: counts by rule, the list's counts under the rule settings", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("a version 7 database opens with each entry's findings counted by rule from its latest run, and its counts under the saved settings", async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(7).stores(SCHEMA_V7);
    await old.open();
    await old.table("settings").put({ key: "rules", value: { rules: { "typo/dash": { enabled: false } } } });
    const { result: base } = await checked("base.txt", seed("001"), "2024-01-01T00:00:00Z");
    const finding = (rule: string, severity: Severity, count: number) => Array.from({ length: count }, () => ({ ...base.findings![0], rule, severity }));
    // Runs in the order saved; the entry shows its run checked last (d.pdf's last saved run was checked first),
    // of two checked at the same time the later saved (y.pdf).
    const files: [file: string, runs: [checkedAt: string, findings: Finding[]][]][] = [
      ["d.pdf", [
        ["2024-01-10T00:00:00Z", finding("table/amount", "error", 2)],
        ["2024-01-20T00:00:00Z", [...finding("table/amount", "error", 1), ...finding("typo/dash", "warning", 3)]],
        ["2024-01-05T00:00:00Z", finding("typo/dash", "warning", 5)],
      ]],
      ["x.pdf", [["2024-01-15T00:00:00Z", [...finding("table/amount", "error", 1), ...finding("structure/section-missing", "warning", 1), ...finding("typo/dash", "info", 1)]]]],
      ["y.pdf", [
        ["2024-01-16T00:00:00Z", finding("table/amount", "error", 2)],
        ["2024-01-16T00:00:00Z", finding("table/amount", "warning", 1)],
      ]],
    ];
    for (const [file, runs] of files) {
      const lastCheckedAt = runs.map(([at]) => at).sort().at(-1)!;
      const latest = runs.find(([at]) => at === lastCheckedAt)![1];
      const facts = { names: [file], agency: base.report!.agency, year: 2023, lastCheckedAt };
      const counts = { error: 0, warning: 0, info: 0 };
      for (const { severity } of latest) counts[severity]++;
      const entryId = await old.table("entries").add({
        ...facts,
        ...entryKeys(facts),
        hash: file,
        agencyKey: agencyKey(facts.agency),
        format: "pdf",
        size: 1,
        firstCheckedAt: runs[0][0],
        rulesVersion: RULES_VERSION,
        counts,
        fileStored: false,
      });
      for (const [checkedAt, findings] of runs) await old.table("runs").add({ entryId, checkedAt, result: { ...base, file, checkedAt, findings } });
    }
    const byErrors = await old.table("entries").orderBy("[counts.error+counts.warning]").reverse().toArray();
    expect(byErrors.map((entry: EntryRecord) => entry.names[0])).toEqual(["y.pdf", "d.pdf", "x.pdf"]);
    old.close();

    db = new HistoryDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    const entries = Object.fromEntries((await db.entries.toArray()).map((entry) => [entry.names[0], [entry.ruleCounts, entry.counts]]));
    expect(entries).toEqual({
      "d.pdf": [{ "table/amount": { error: 1 }, "typo/dash": { warning: 3 } }, { error: 1, warning: 0, info: 0 }],
      "x.pdf": [{ "table/amount": { error: 1 }, "structure/section-missing": { warning: 1 }, "typo/dash": { info: 1 } }, { error: 1, warning: 1, info: 0 }],
      "y.pdf": [{ "table/amount": { warning: 1 } }, { error: 0, warning: 1, info: 0 }],
    });
    expect((await listEntries(db, { sort: "errors", descending: true })).map((entry) => entry.names[0])).toEqual(["x.pdf", "d.pdf", "y.pdf"]);
    await saveRuleSettings(db, { rules: {} });
    expect((await listEntries(db, { sort: "errors", descending: true })).map((entry) => [entry.names[0], entry.counts])).toEqual([
      ["d.pdf", { error: 1, warning: 3, info: 0 }],
      ["x.pdf", { error: 1, warning: 1, info: 1 }],
      ["y.pdf", { error: 0, warning: 1, info: 0 }],
    ]);
  });
});
