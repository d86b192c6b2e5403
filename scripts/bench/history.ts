/**
 * The history at scale: 200 and 2,000 saved reports (400 agencies of a city, 20 districts × 20 organs,
 * over five years, made from the seeds' results with other agencies and years), and how long saving one
 * more check, the list's first page, a search by agency and by file name and the re-check query take at
 * each size. Run on fake-indexeddb in Node, as the storage tests are: its absolute figures are not the
 * browser's, but a full scan or a whole-result load per call shows as a ratio near 10×. Timed in this
 * process's CPU time, which other work on a shared machine changes far less than the wall clock (also shown).
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";
import { HistoryDb, PAGE_SIZE, entriesToRecheck, listPage, saveCheck } from "../../src/storage";
import { ROOT, SEEDS } from "../fixtures/seed-report";
import { median, ms, ratio, table } from "./measure";

const SIZES = [200, 2000] as const;
const AGENCIES = 400;
const FIRST_YEAR = 2020;

const DISTRICTS = "东城 西城 朝阳 海淀 丰台 石景山 门头沟 房山 通州 顺义 昌平 大兴 怀柔 平谷 密云 延庆 和平 河西 南开 河东".split(" ");
const ORGANS = ["人民政府办公室", "发展和改革委员会", "教育委员会", "科学技术委员会", "财政局", "民政局", "司法局", "人力资源和社会保障局", "生态环境局", "住房和城乡建设委员会", "交通局", "水务局", "商务局", "文化和旅游局", "卫生健康委员会", "应急管理局", "市场监督管理局", "统计局", "医疗保障局", "城市管理委员会"];

/** Agency `index` (of AGENCIES): a district's organ, as real reports name themselves (北京市房山区人民政府办公室). */
const agencyName = (index: number) => `北京市${DISTRICTS[index % DISTRICTS.length]}区${ORGANS[Math.floor(index / DISTRICTS.length) % ORGANS.length]}`;

/** The same agency as agencyName(7) abbreviated, which no name holds: found by matchAgencies. */
const SHORT = `${DISTRICTS[7]}区政府办`;

/** A file name the history holds once at either size. */
const FILE = `${agencyName(7)}${FIRST_YEAR}.pdf`;

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

/** Milliseconds of this process's CPU and of the wall clock that `run` takes. */
async function cpuAndWall(run: () => unknown): Promise<{ cpu: number; wall: number }> {
  const [cpuStart, wallStart] = [process.cpuUsage(), performance.now()];
  await run();
  const used = process.cpuUsage(cpuStart);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart };
}

type Key = "save" | "list" | "search" | "short" | "file" | "recheck";
type Search = "search" | "short" | "file";
type Took = { cpu: number; wall: number };

/** What each measure does on a history: the same calls at either size. */
function measuresOn(db: HistoryDb, size: number, seedResults: CheckResult[]): Record<Key, (round: number) => unknown> {
  return {
    save: (round) => saveCheck(db, variant(seedResults, size + round)),
    list: () => listPage(db),
    search: () => listPage(db, { text: agencyName(7) }),
    short: () => listPage(db, { text: SHORT }),
    file: () => listPage(db, { text: FILE }),
    recheck: () => entriesToRecheck(db),
  };
}

/**
 * Each measure `runs` times on both histories, after a warm-up round, the two sizes taking turns (which goes
 * first alternating by round), so that both are timed with the code equally warm and the same heap.
 */
async function times(seedResults: CheckResult[], runs: number): Promise<{ took: Record<Key, Took[]>[]; found: Record<Search, number>[] }> {
  const dbs = [];
  for (const size of SIZES) dbs.push(await filledDb(size, seedResults));
  const measures = dbs.map((db, index) => measuresOn(db, SIZES[index], seedResults));
  const took = SIZES.map(() => ({}) as Record<Key, Took[]>);
  for (const key of Object.keys(measures[0]) as Key[]) {
    took.forEach((rounds) => (rounds[key] = []));
    for (let round = 0; round <= runs; round++) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const at of order) {
        const once = await cpuAndWall(() => measures[at][key](round));
        if (round > 0) took[at][key].push(once);
      }
    }
  }
  const total = async (db: HistoryDb, text: string) => (await listPage(db, { text })).total;
  const found = await Promise.all(dbs.map(async (db) => ({ search: await total(db, agencyName(7)), short: await total(db, SHORT), file: await total(db, FILE) })));
  await Promise.all(dbs.map((db) => db.delete()));
  return { took, found };
}

/** Each call takes milliseconds: at least this many rounds, so that the median holds on a busy machine. */
const MIN_ROUNDS = 15;

/** Milliseconds with two decimals below one, as the sub-millisecond calls need. */
const fine = (value: number): string => (value < 1 ? value.toFixed(2) : ms(value));

export async function historyFigures(asked: number): Promise<string> {
  const runs = Math.max(asked, MIN_ROUNDS);
  const seedResults = await Promise.all(
    SEEDS.map((seed) => checkText(`${seed}.txt`, readFileSync(join(ROOT, "public/samples", `${seed}.txt`), "utf8"))),
  );
  const { took, found } = await times(seedResults, runs);
  const [small, large] = took;
  const shown = (key: Search) => `${SIZES[0]} 条中 ${found[0][key]} 条，${SIZES[1]} 条中 ${found[1][key]} 条`;
  const labels: Record<Key, string> = {
    save: "保存一次检查",
    list: `历史列表（第一页 ${PAGE_SIZE} 条及总数）`,
    search: `按机关搜索（“${agencyName(7)}”：${shown("search")}）`,
    short: `按简称搜索（“${SHORT}”：${shown("short")}）`,
    file: `按文件名搜索（“${FILE}”：${shown("file")}）`,
    recheck: "规则更新后待重新检查的查询",
  };
  const cpu = (rounds: Took[]) => rounds.map((took) => took.cpu);
  const wall = (rounds: Took[]) => rounds.map((took) => took.wall);
  const rows = (Object.keys(labels) as Key[]).map((key) => [
    labels[key],
    fine(median(cpu(small[key]))),
    fine(median(cpu(large[key]))),
    ratio(median(cpu(large[key])) / median(cpu(small[key]))),
    `${fine(median(wall(small[key])))} / ${fine(median(wall(large[key])))}`,
    ratio(median(wall(large[key])) / median(wall(small[key]))),
  ]);
  return table(
    `历史记录规模（fake-indexeddb，Node；${AGENCIES} 个机关 × 5 年；每项 ${runs} 次的中位数，毫秒 CPU 时间；目标：2000 条 ≤ 200 条的 1.5 倍）`,
    ["操作", `${SIZES[0]} 条`, `${SIZES[1]} 条`, "倍数", "墙钟 200 / 2000 条", "墙钟倍数"],
    rows,
  );
}
