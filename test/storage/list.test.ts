import { checked, freshDb } from "../helpers/history-db";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult, Finding } from "../../src/core/model/report";
import { RULES_VERSION } from "../../src/core/model/version";
import { seed } from "../helpers/text-edits";
import type { EntryRecord, HistoryDb } from "../../src/storage/db";
import { SUFFIX, entryKeys } from "../../src/storage/entry-keys";
import { agencyKey } from "../../src/core/agency";
import { saveCheck, setKeptFile } from "../../src/storage/entries";
import { historyYears, keptEntries, listEntries, listPage, type ListQuery, type SortKey } from "../../src/storage/list";
import { entriesToRecheck } from "../../src/storage/recheck";

let base: CheckResult;
beforeAll(async () => {
  base = (await checked("base.txt", seed("001"), "2024-01-01T00:00:00Z")).result;
});

const DONGCHENG = "北京市东城区人民政府办公室";
const CHAOYANG = "北京市朝阳区人民政府办公室";
const XICHENG = "北京市西城区人民政府办公室";

/** Saved in this order (ids 1–6). Times in several offsets: as strings they sort F C B A D E, as times F A C B D E. */
const FILES: [file: string, agency: string, year: number | null, checkedAt: string, errors: number, warnings: number][] = [
  ["a.pdf", DONGCHENG, 2022, "2024-01-10T09:00:00+08:00", 1, 2],
  ["b.pdf", CHAOYANG, 2023, "2024-01-10T02:00:00Z", 3, 0],
  ["c.pdf", XICHENG, 2022, "2024-01-09T20:30:00-05:00", 1, 2],
  ["d.txt", "", null, "2024-01-11T00:00:00Z", 0, 0],
  ["e.pdf", DONGCHENG, 2023, "2024-01-12T00:00:00Z", 0, 5],
  ["f.pdf", CHAOYANG, 2022, "2024-01-08T00:00:00Z", 3, 1],
];

function result([file, agency, year, checkedAt, errors, warnings]: (typeof FILES)[number]): CheckResult {
  const finding = (severity: Finding["severity"]) => ({ ...base.findings![0], severity });
  const findings = [...Array(errors).fill(finding("error")), ...Array(warnings).fill(finding("warning"))];
  return { ...base, file, checkedAt, findings, report: agency ? { ...base.report!, agency, year } : undefined };
}

const names = (entries: EntryRecord[]) => entries.map((entry) => entry.names[0][0]).join("");

describe("the history's list, a page at a time", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  async function filled(): Promise<HistoryDb> {
    db = freshDb();
    for (const [index, file] of FILES.entries()) await saveCheck(db, { result: result(file), hash: `hash-${index}`, size: 100 });
    return db;
  }

  /** The pages of `size` one after another, each telling the same total. */
  async function paged(query: ListQuery, size: number): Promise<{ order: string; totals: number[] }> {
    const order: string[] = [];
    const totals: number[] = [];
    for (let offset = 0; offset === 0 || offset < totals[0]; offset += size) {
      const page = await listPage(db, query, { offset, limit: size });
      expect(page.entries.length).toBeLessThanOrEqual(size);
      order.push(names(page.entries));
      totals.push(page.total);
    }
    return { order: order.join(""), totals };
  }

  it("orders every page as the whole list is ordered, in each order and direction, with or without a year", async () => {
    await filled();
    const expected: [SortKey, boolean, number | undefined, string][] = [
      ["checkedAt", true, undefined, "edbcaf"],
      ["checkedAt", false, undefined, "facbde"],
      ["year", false, undefined, "dacfbe"],
      ["year", true, undefined, "ebfcad"],
      ["errors", false, undefined, "deacbf"],
      ["errors", true, undefined, "fbcaed"],
      ["agency", false, undefined, "dbfaec"],
      ["agency", true, undefined, "ceafbd"],
      ["checkedAt", true, 2022, "caf"],
      ["checkedAt", false, 2023, "be"],
      ["errors", true, 2022, "fca"],
      ["agency", false, 2022, "fac"],
      ["year", false, 2022, "acf"],
    ];
    for (const [sort, descending, year, order] of expected) {
      const query = { sort, descending, year };
      expect(names(await listEntries(db, query)), JSON.stringify(query)).toBe(order);
      expect(await paged(query, 4), JSON.stringify(query)).toEqual({ order, totals: Array(Math.ceil(order.length / 4)).fill(order.length) });
    }
    expect(await listPage(db, {}, { offset: 6, limit: 4 })).toEqual({ entries: [], total: 6 });
  });

  it("searches words anywhere in an agency or file name, of one, two characters or more, and agencies by abbreviation, a page at a time", async () => {
    await filled();
    const found = async (text: string, year?: number) => names(await listEntries(db, { text, year, sort: "agency" }));
    expect(await found("朝阳")).toBe("bf");
    expect(await found("阳区人民")).toBe("bf");
    expect(await found("d.t")).toBe("d");
    expect(await found("xt")).toBe("d");
    expect(await found("d")).toBe("dbfaec");
    expect(await found("西")).toBe("c");
    expect(await found("东城区政府办")).toBe("ae");
    expect(await found("东城区政府办", 2023)).toBe("e");
    expect(await found("区政府办")).toBe("bfaec");
    expect(await found("海淀区政府办")).toBe("");
    expect(await listPage(db, { text: "pdf" }, { offset: 0, limit: 2 }).then(({ entries, total }) => [names(entries), total])).toEqual(["eb", 5]);
    expect(await paged({ text: "pdf", sort: "errors" }, 2)).toEqual({ order: "eacbf", totals: [5, 5, 5] });
  });

  it("reads only the entries a search finds, however many share a part of its words; a search longer than SUFFIX compares the rest", async () => {
    db = freshDb();
    const districts = ["东城", "西城", "朝阳", "海淀", "丰台", "石景山", "门头沟", "房山", "通州", "顺义"];
    const long = "二〇二三年度政府信息公开工作年度报告（北京市各区级部门及街道乡镇汇编）第";
    const record = (index: number) => {
      const agency = `北京市${districts[index % 10]}区人民政府办公室`;
      const file = index < 298 ? `报告${index}.pdf` : `${long}${index === 298 ? "一册" : "二册"}.pdf`;
      const entry = { hash: `h${index}`, names: [file], agency, agencyKey: agencyKey(agency), year: 2023, format: "pdf" as const, size: 1 };
      const checkedAt = new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString();
      const facts = { ...entry, firstCheckedAt: checkedAt, lastCheckedAt: checkedAt, rulesVersion: RULES_VERSION, counts: { error: 0, warning: 0, info: 0 }, fileStored: false };
      return { ...facts, ...entryKeys(facts) };
    };
    await db.entries.bulkAdd(Array.from({ length: 300 }, (_, index) => record(index)) as EntryRecord[]);
    let read = 0;
    db.entries.hook("reading", (entry) => (read++, entry));
    const search = async (text: string) => {
      read = 0;
      const { total } = await listPage(db, { text });
      return { total, read };
    };
    expect(await search("报告1")).toEqual({ total: 1 + 10 + 100, read: 111 });
    expect(await search("报告12")).toEqual({ total: 1 + 10, read: 11 });
    expect(await search("报告299.pdf")).toEqual({ total: 0, read: 0 });
    expect(await search("报告297.pdf")).toEqual({ total: 1, read: 1 });
    expect(await search("告")).toEqual({ total: 300, read: 300 });
    expect(await search("东城区政府办")).toEqual({ total: 30, read: 30 });
    expect(await search("石景山区人民政府办公室")).toEqual({ total: 30, read: 30 });
    expect(long.length).toBeGreaterThan(SUFFIX);
    expect(await search(`${long}一`)).toEqual({ total: 1, read: 2 });
    expect(await search(`${long}二册.pdf`)).toEqual({ total: 1, read: 2 });
    expect(await search(long)).toEqual({ total: 2, read: 2 });
    expect((await listPage(db, { text: "报告" }, { offset: 0, limit: 3 })).entries.map((entry) => entry.names[0])).toEqual([`${long}二册.pdf`, `${long}一册.pdf`, "报告297.pdf"]);
    expect(await listPage(db, { text: "报告2" }, { offset: 10, limit: 2 }).then(({ entries, total }) => [entries.map((entry) => entry.names[0]), total])).toEqual([["报告287.pdf", "报告286.pdf"], 1 + 10 + 98]);
  });

  it("reads an agency's entries found by abbreviation once, and only those of the year asked", async () => {
    db = freshDb();
    const years: [number, string][] = [
      [2021, "东城2021.pdf"],
      [2022, "东城2022.pdf"],
      [2023, "东城区政府办2023.pdf"],
    ];
    for (const [index, [year, file]] of years.entries()) {
      await saveCheck(db, { result: { ...base, file, checkedAt: `${year + 1}-01-10T00:00:00Z`, report: { ...base.report!, agency: DONGCHENG, year } }, hash: `h${index}`, size: 1 });
    }
    let read = 0;
    db.entries.hook("reading", (entry) => (read++, entry));
    const search = async (text: string, year?: number) => {
      read = 0;
      const { entries } = await listPage(db, { text, year });
      return { found: entries.map((entry) => entry.names[0]), read };
    };
    expect(await search("东城区政府办")).toEqual({ found: ["东城区政府办2023.pdf", "东城2022.pdf", "东城2021.pdf"], read: 3 });
    expect(await search("东城区政府办", 2022)).toEqual({ found: ["东城2022.pdf"], read: 2 });
    expect(await search("东城区政府办", 2023)).toEqual({ found: ["东城区政府办2023.pdf"], read: 1 });
    expect(await search("东城区政府办", 2020)).toEqual({ found: [], read: 1 });
  });

  it("tells the years held, the entries whose file is kept, and offers only entries checked with older rules for a re-check", async () => {
    await filled();
    expect(await historyYears(db)).toEqual([2023, 2022]);
    expect(await keptEntries(db)).toEqual([]);
    await setKeptFile(db, 3, new Uint8Array([1, 2, 3]));
    expect((await keptEntries(db)).map((entry) => entry.id)).toEqual([3]);
    await db.entries.update(2, { rulesVersion: "2021-30/0" });
    await db.entries.update(5, { rulesVersion: `${RULES_VERSION}0` });
    expect((await entriesToRecheck(db)).map((entry) => entry.id)).toEqual([2]);
  });
});
