/**
 * The history at scale, the same in Node (fake-indexeddb) and in the page (Chromium's IndexedDB): 200 and
 * 2,000 saved reports (400 agencies of a city, 20 districts × 20 organs, over five years, made from the
 * seeds' results with other agencies and years), and the calls timed at each size.
 */
import type { CheckResult } from "../../src/core/model/report";
import { HistoryDb } from "../../src/storage/db";
import { saveCheck } from "../../src/storage/entries";
import { listPage } from "../../src/storage/list";
import { entriesToRecheck } from "../../src/storage/recheck";
import { saveRuleSettings } from "../../src/storage/settings";

export const SIZES = [200, 2000] as const;
export const AGENCIES = 400;
const FIRST_YEAR = 2020;

const DISTRICTS = "东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 和平 河西 南开 河东".split(" ");
const ORGANS = ["人民政府办公室", "发展和改革委员会", "教育委员会", "科学技术委员会", "财政局", "民政局", "司法局", "人力资源和社会保障局", "生态环境局", "住房和城乡建设委员会", "交通局", "水务局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局", "统计局", "医疗保障局", "城市管理委员会"];

/** Agency `index` (of AGENCIES): a district's organ, as real reports name themselves (北京市房山区人民政府办公室). */
export const agencyName = (index: number) => `北京市${DISTRICTS[index % DISTRICTS.length]}区${ORGANS[Math.floor(index / DISTRICTS.length) % ORGANS.length]}`;

/** The same agency as agencyName(7) abbreviated, which no name holds: found by matchAgencies. */
export const SHORT = `${DISTRICTS[7]}区政府办`;

/** A year in which the history holds the agency's report once at either size: SHORT in it finds the same at both. */
export const SHORT_YEAR = FIRST_YEAR;

/** A file name the history holds once at either size. */
export const FILE = `${agencyName(7)}${FIRST_YEAR}.pdf`;

/** Report `index` of the history: a seed's result under another agency, year and content hash. */
function variant(seedResults: CheckResult[], index: number): { result: CheckResult; hash: string; size: number } {
  const base = seedResults[index % seedResults.length];
  const agency = agencyName(index % AGENCIES);
  const year = FIRST_YEAR + Math.floor(index / AGENCIES);
  const report = base.report ? { ...base.report, agency, year } : undefined;
  const result = { ...base, file: `${agency}${year}.pdf`, report };
  return { result, hash: index.toString(16).padStart(64, "0"), size: 100_000 };
}

async function filledDb(size: number, seedResults: CheckResult[]): Promise<HistoryDb> {
  const db = new HistoryDb(`history-bench-${size}-${Date.now()}`);
  for (let index = 0; index < size; index++) await saveCheck(db, variant(seedResults, index));
  return db;
}

export type Key = "save" | "list" | "search" | "short" | "shortYear" | "file" | "recheck" | "settings";
export type Search = "search" | "short" | "shortYear" | "file";
export type Took = { cpu: number; wall: number };
/** Times one call: CPU and wall-clock milliseconds (the page has only the wall clock: both are that). */
export type Clock = (run: () => unknown) => Promise<Took>;
/** Each size's times per measure, round by round, and how many entries each search found. */
export type Times = { took: Record<Key, Took[]>[]; found: Record<Search, number>[] };

/** What each measure does on a history: the same calls at either size. */
function measuresOn(db: HistoryDb, size: number, seedResults: CheckResult[]): Record<Key, (round: number) => unknown> {
  return {
    save: (round) => saveCheck(db, variant(seedResults, size + round)),
    list: () => listPage(db),
    search: () => listPage(db, { text: agencyName(7) }),
    short: () => listPage(db, { text: SHORT }),
    shortYear: () => listPage(db, { text: SHORT, year: SHORT_YEAR }),
    file: () => listPage(db, { text: FILE }),
    recheck: () => entriesToRecheck(db),
    // Each seed's first finding's rule off, then on again: every entry with findings is counted again each round.
    settings: (round) => saveRuleSettings(db, { rules: Object.fromEntries(seedResults.flatMap(({ findings = [] }) => findings.slice(0, 1).map(({ rule }) => [rule, { enabled: round % 2 === 0 }]))) }),
  };
}

/**
 * Each measure `runs` times on both histories, after a warm-up round, the two sizes taking turns (which goes
 * first alternating by round), so that both are timed with the code equally warm and the same heap.
 */
export async function times(seedResults: CheckResult[], runs: number, clock: Clock): Promise<Times> {
  const dbs = [];
  for (const size of SIZES) dbs.push(await filledDb(size, seedResults));
  const measures = dbs.map((db, index) => measuresOn(db, SIZES[index], seedResults));
  const took = SIZES.map(() => ({}) as Record<Key, Took[]>);
  for (const key of Object.keys(measures[0]) as Key[]) {
    took.forEach((rounds) => (rounds[key] = []));
    for (let round = 0; round <= runs; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const at of order) {
        const once = await clock(() => measures[at][key](round));
        if (round > 0) took[at][key].push(once);
      }
    }
  }
  const total = async (db: HistoryDb, text: string, year?: number) => (await listPage(db, { text, year })).total;
  const found = await Promise.all(
    dbs.map(async (db) => ({ search: await total(db, agencyName(7)), short: await total(db, SHORT), shortYear: await total(db, SHORT, SHORT_YEAR), file: await total(db, FILE) })),
  );
  await Promise.all(dbs.map((db) => db.delete()));
  return { took, found };
}
