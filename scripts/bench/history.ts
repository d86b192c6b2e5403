/**
 * The history at scale: 200 and 2,000 saved reports (400 agencies over five years, made from the seeds'
 * results with other agencies and years), and how long saving one more check, the list, a search and the
 * re-check query take at each size. Run on fake-indexeddb in Node, as the storage tests are: its absolute
 * figures are not the browser's, but a full scan or a whole-result load per call shows as a ratio near 10×.
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";
import { HistoryDb, entriesToRecheck, listEntries, saveCheck } from "../../src/storage";
import { ROOT, SEEDS } from "../fixtures/seed-report";
import { median, ms, ratio, table, time } from "./measure";

const SIZES = [200, 2000] as const;
const AGENCIES = 400;
const FIRST_YEAR = 2020;

const agencyName = (index: number) => `第${index + 1}区人民政府办公室`;

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

async function timesAt(size: number, seedResults: CheckResult[], runs: number) {
  const db = await filledDb(size, seedResults);
  const measures = {
    save: (round: number) => saveCheck(db, variant(seedResults, size + round)),
    list: () => listEntries(db),
    search: () => listEntries(db, { text: agencyName(7) }),
    recheck: () => entriesToRecheck(db),
  };
  const times: Record<keyof typeof measures, number> = { save: 0, list: 0, search: 0, recheck: 0 };
  for (const key of Object.keys(measures) as (keyof typeof measures)[]) {
    const rounds: number[] = [];
    for (let round = 0; round <= runs; round++) {
      const took = await time(() => measures[key](round));
      if (round > 0) rounds.push(took);
    }
    times[key] = median(rounds);
  }
  db.close();
  return times;
}

export async function historyFigures(runs: number): Promise<string> {
  const seedResults = await Promise.all(
    SEEDS.map((seed) => checkText(`${seed}.txt`, readFileSync(join(ROOT, "public/samples", `${seed}.txt`), "utf8"))),
  );
  const [small, large] = [await timesAt(SIZES[0], seedResults, runs), await timesAt(SIZES[1], seedResults, runs)];
  const labels = { save: "保存一次检查", list: "历史列表（全部）", search: "按机关搜索", recheck: "规则更新后待重新检查的查询" };
  const rows = (Object.keys(labels) as (keyof typeof labels)[]).map((key) => [labels[key], ms(small[key]), ms(large[key]), ratio(large[key] / small[key])]);
  return table(
    `历史记录规模（fake-indexeddb，Node；${AGENCIES} 个机关 × 5 年；每项 ${runs} 次的中位数，毫秒；目标：2000 条 ≤ 200 条的 1.5 倍）`,
    ["操作", `${SIZES[0]} 条`, `${SIZES[1]} 条`, "倍数"],
    rows,
  );
}
