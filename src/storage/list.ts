/**
 * The history's list: the entries that match a search and a year, in the order asked, a page at a time.
 * Each order reads its index from the page's first entry (schema version 5); a search reads only the
 * entries that hold its words (schema version 7) or whose agency may be the one named, so the time a page
 * takes follows what it shows, not how many entries the history holds.
 */
import Dexie from "dexie";
import { matchAgencies } from "../core/agency";
import { compact } from "../core/text/normalize";
import { possibleAgencies } from "./agencies";
import type { EntryRecord, HistoryDb } from "./db";
import { SUFFIX } from "./entry-keys";

export type SortKey = "checkedAt" | "agency" | "year" | "errors";

export interface ListQuery {
  /** Words of the agency's name or a file name; an abbreviation finds the full name (东城区政府办). */
  text?: string;
  year?: number;
  sort?: SortKey;
  descending?: boolean;
}

/** Which entries of the list: from the `offset`th, at most `limit`. */
export interface PageRange {
  offset: number;
  limit: number;
}

export interface EntryPage {
  entries: EntryRecord[];
  /** How many entries match, on every page. */
  total: number;
}

/** Entries the history page shows at a time. */
export const PAGE_SIZE = 50;

const COMPARE: Record<SortKey, (a: EntryRecord, b: EntryRecord) => number> = {
  checkedAt: (a, b) => Date.parse(a.lastCheckedAt) - Date.parse(b.lastCheckedAt),
  agency: (a, b) => a.agency.localeCompare(b.agency, "zh-Hans-CN"),
  year: (a, b) => (a.year ?? 0) - (b.year ?? 0),
  errors: (a, b) => a.counts.error - b.counts.error || a.counts.warning - b.counts.warning,
};

/**
 * Every entry of the year (or all) whose agency or a name holds the words, or whose agency matchAgencies
 * may take for the words (东城区政府办): those holding the words read in one request from the names'
 * endings (words of more than SUFFIX characters by their first SUFFIX, then compared); of the others, only
 * the keys of the year's entries of each such agency, then those entries not read already, by key. Nothing
 * else is read, and no entry twice but one whose names hold the words more than once.
 */
async function searched(db: HistoryDb, words: string, year: number | undefined): Promise<EntryRecord[]> {
  const agencies = new Set((await possibleAgencies(db, words)).filter((agency) => agency && matchAgencies(words, agency).verdict !== "different"));
  const ofAgency = (agency: string) => (year === undefined ? db.entries.where("agency").equals(agency) : db.entries.where("[listYear+agency]").equals([year, agency]));
  const [holding, ...keys] = await Promise.all([
    db.entries.where("suffixes").startsWith(words.slice(0, SUFFIX)).toArray(),
    ...[...agencies].filter((agency) => !agency.includes(words)).map((agency) => ofAgency(agency).primaryKeys()),
  ]);
  const entries = new Map(holding.map((entry) => [entry.id, entry]));
  const others = await db.entries.bulkGet([...new Set(keys.flat())].filter((id) => !entries.has(id)));
  for (const entry of others) if (entry) entries.set(entry.id, entry);
  const holds = (entry: EntryRecord) => entry.agency.includes(words) || entry.names.some((name) => name.includes(words)) || agencies.has(entry.agency);
  return [...entries.values()].filter((entry) => (year === undefined || entry.year === year) && holds(entry));
}

/** The entries of the year (or all), in the order of an index whose ties go by id, as COMPARE orders them. */
function ordered(db: HistoryDb, sort: Exclude<SortKey, "agency">, year: number | undefined): ReturnType<HistoryDb["entries"]["toCollection"]> {
  const ofYear = (index: string) => db.entries.where(index).between([year, Dexie.minKey], [year, Dexie.maxKey]);
  if (sort === "year") return year === undefined ? db.entries.orderBy("listYear") : db.entries.where("listYear").equals(year);
  if (sort === "errors") return year === undefined ? db.entries.orderBy("[counts.error+counts.warning]") : ofYear("[listYear+counts.error+counts.warning]");
  return year === undefined ? db.entries.orderBy("checkedTime") : ofYear("[listYear+checkedTime]");
}

/** Ids by agency as COMPARE orders them (names in pinyin order, which no index keeps), read from the index's keys alone. */
async function idsByAgency(db: HistoryDb, year: number | undefined): Promise<number[]> {
  const pairs: { agency: string; id: number }[] = [];
  const keys = year === undefined ? db.entries.orderBy("agency") : db.entries.where("[listYear+agency]").between([year, Dexie.minKey], [year, Dexie.maxKey]);
  await keys.eachKey((key, cursor) => pairs.push({ agency: String(Array.isArray(key) ? key[1] : key), id: cursor.primaryKey as number }));
  const names = [...new Set(pairs.map((pair) => pair.agency))].sort((a, b) => a.localeCompare(b, "zh-Hans-CN"));
  const rank = new Map<string, number>();
  names.forEach((name, index) => rank.set(name, index > 0 && names[index - 1].localeCompare(name, "zh-Hans-CN") === 0 ? rank.get(names[index - 1])! : index));
  return pairs.sort((a, b) => rank.get(a.agency)! - rank.get(b.agency)! || a.id - b.id).map((pair) => pair.id);
}

const slice = <T>(items: T[], { offset, limit }: PageRange): T[] => items.slice(offset, offset + limit);

async function unsearchedPage(db: HistoryDb, sort: SortKey, descending: boolean, year: number | undefined, range: PageRange): Promise<EntryRecord[]> {
  if (sort === "agency") {
    const ids = await idsByAgency(db, year);
    const entries = await db.entries.bulkGet(slice(descending ? ids.reverse() : ids, range));
    return entries.filter((entry): entry is EntryRecord => entry !== undefined);
  }
  const collection = ordered(db, sort, year);
  const page = (descending ? collection.reverse() : collection).offset(range.offset);
  return (Number.isFinite(range.limit) ? page.limit(range.limit) : page).toArray();
}

/** A page of the entries that match, sorted (by default the latest checked first), with how many match in all. */
export async function listPage(db: HistoryDb, query: ListQuery = {}, range: PageRange = { offset: 0, limit: PAGE_SIZE }): Promise<EntryPage> {
  const { text = "", year, sort = "checkedAt", descending = sort === "checkedAt" } = query;
  const words = compact(text);
  return db.transaction("r", db.entries, async () => {
    if (words) {
      const found = await searched(db, words, year);
      found.sort((a, b) => (descending ? -1 : 1) * (COMPARE[sort](a, b) || a.id - b.id));
      return { entries: slice(found, range), total: found.length };
    }
    const total = await (year === undefined ? db.entries.count() : db.entries.where("listYear").equals(year).count());
    return { entries: await unsearchedPage(db, sort, descending, year, range), total };
  });
}

/** Every entry that matches, sorted (by default the latest checked first). */
export async function listEntries(db: HistoryDb, query: ListQuery = {}): Promise<EntryRecord[]> {
  return (await listPage(db, query, { offset: 0, limit: Infinity })).entries;
}

/** The years the history holds, latest first, read from the year index's keys. */
export async function historyYears(db: HistoryDb): Promise<number[]> {
  return ((await db.entries.orderBy("year").uniqueKeys()) as number[]).reverse();
}

/** The entries whose file is kept, found from the kept files. */
export async function keptEntries(db: HistoryDb): Promise<EntryRecord[]> {
  const hashes = await db.files.toCollection().primaryKeys();
  return db.entries.where("hash").anyOf(hashes).filter((entry) => entry.fileStored).toArray();
}
