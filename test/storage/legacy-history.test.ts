/**
 * A history saved before the typed location opens as it was: the export file of version 1 and the version 4
 * database, both holding results of the old location shape, made by the app of that time
 * (scripts/fixtures/legacy-history.ts). Their findings, blocks and sections are today's results for the same
 * files, and the decisions made then are still on their findings.
 */
import { freshDb, freshName } from "../helpers/history-db";
import { readFileSync } from "node:fs";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { agencyKey } from "../../src/core/agency";
import type { CheckResult } from "../../src/core/model/report";
import { HistoryDb, SCHEMA_V4 } from "../../src/storage/db";
import { listEntries, openEntry } from "../../src/storage/entries";
import { importHistory } from "../../src/storage/exchange";
import type { HistoryExport } from "../../src/storage/history-file";
import { findingKey } from "../../src/storage/findings";

const LEGACY = readFileSync("test/fixtures/history/legacy-v1-export.json", "utf8");

const SOURCES: Record<string, string> = {
  "004.docx": "test/fixtures/generated/004_7be0dca35fed79ae.docx",
  "hongze-2024.pdf": "test/fixtures/real/hongze-2024.pdf",
};

/** The file each saved result was made from, checked today. */
function checkToday(name: string): Promise<CheckResult> {
  const bytes =
    name in SOURCES
      ? new Uint8Array(readFileSync(SOURCES[name]))
      : new TextEncoder().encode(
          readFileSync("public/samples/000_5a9a8d2bc98e1d44.txt", "utf8").replace("（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n", "（三）不予公开\n\t1.属于国家秘密\n\t\n\t\n"),
        );
  return checkFile({ name, bytes }, { extractors: nodeExtractors });
}

/** Every entry of the history holds the result of today's check of its file, and its decision on one of its findings. */
async function expectTodaysResults(db: HistoryDb): Promise<void> {
  const entries = await listEntries(db, { sort: "agency" });
  expect(entries.map((entry) => entry.names[0]).sort()).toEqual(["000-blanked.txt", "004.docx", "hongze-2024.pdf"]);
  for (const entry of entries) {
    const opened = (await openEntry(db, entry.id))!;
    const saved = opened.latest.result;
    const today = await checkToday(entry.names[0]);
    expect(saved.findings).toEqual(today.findings);
    expect(saved.blocks).toEqual(today.blocks);
    expect(saved.report).toEqual(today.report);
    const decided = Object.keys(opened.decisions);
    expect(decided).toHaveLength(1);
    expect(saved.findings!.filter((finding) => findingKey(finding) === decided[0])).toHaveLength(1);
  }
}

describe("a history saved before the typed location", () => {
  const dbs: Dexie[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });

  it("the fixture holds the old shapes: a text cell's column key, Word grid cells, a finding's cells", () => {
    expect(LEGACY).toContain('"textColumn":2,"table":"t3","row":"withheld_state_secret","column":"natural_person"');
    expect(LEGACY).toContain('"cellRow":');
    expect(LEGACY).toContain('"cells":[');
    expect(LEGACY).not.toContain('"kind":"text"');
  });

  it("an export file of version 1 imports with its locations converted", async () => {
    const db = freshDb();
    dbs.push(db);
    expect(await importHistory(db, LEGACY)).toEqual({ entries: 3, runs: 3 });
    await expectTodaysResults(db);
    const text = (await listEntries(db)).find((entry) => entry.names[0] === "000-blanked.txt")!;
    const blanks = (await openEntry(db, text.id))!.latest.result.findings!.find((finding) => finding.rule === "table3/value-int")!;
    expect(blanks.location).toEqual({ kind: "text", line: 80, column: 1, endLine: 363, endColumn: 1, template: { table: "t3" } });
    expect(blanks.places).toEqual([
      { kind: "text", line: 140, column: 2, endLine: 140, endColumn: 2, template: { table: "t3", row: "withheld_state_secret", column: "natural_person" } },
      { kind: "text", line: 141, column: 2, endLine: 141, endColumn: 2, template: { table: "t3", row: "withheld_state_secret", column: "commercial" } },
    ]);
  });

  it("a version 4 database opens as the latest version with its locations converted", async () => {
    const name = freshName();
    const old = new Dexie(name);
    dbs.push(old);
    old.version(4).stores(SCHEMA_V4);
    const exported = JSON.parse(LEGACY) as HistoryExport;
    for (const { hash, size, runs, decisions } of exported.entries) {
      const [result] = runs;
      const report = result.report!;
      const at = result.checkedAt;
      const entryId = (await old.table("entries").add({
        hash,
        names: [result.file],
        agency: report.agency,
        agencyKey: agencyKey(report.agency),
        year: report.year,
        format: result.format,
        size,
        firstCheckedAt: at,
        lastCheckedAt: at,
        rulesVersion: result.checker.rules,
        counts: { error: 0, warning: 0, info: 0 },
        fileStored: false,
      })) as number;
      await old.table("runs").add({ entryId, checkedAt: at, result });
      for (const [key, decision] of Object.entries(decisions)) await old.table("decisions").add({ entryId, key, ...decision });
    }
    old.close();

    const db = new HistoryDb(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBe(8);
    await expectTodaysResults(db);
  });
});
