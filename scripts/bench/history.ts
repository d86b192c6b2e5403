/**
 * The history at scale (history-scale.ts): how long saving one more check, the list's first page, a search
 * by agency, by abbreviation and by file name and the re-check query take at 200 and 2,000 entries. Run on
 * fake-indexeddb in Node, as the storage tests are: its absolute figures are not the browser's, but a full
 * scan or a whole-result load per call shows as a ratio near 10×. Timed in this process's CPU time, which
 * other work on a shared machine changes far less than the wall clock (also shown). The same calls on the
 * same data are then timed in Chromium's own IndexedDB (history-browser.ts), by the wall clock.
 *
 * Each row is the same call at both sizes. A search shows what it finds, so where the answer grows with the
 * history (the agency's reports of more years) its row says how many it found at each size, and the note
 * under the table says which rows compare equal answers.
 */
import "fake-indexeddb/auto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkText } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";
import { PAGE_SIZE } from "../../src/storage";
import { ROOT, SEEDS } from "../fixtures/seed-report";
import { browserTimes } from "./history-browser";
import { AGENCIES, FILE, SHORT, SHORT_YEAR, SIZES, agencyName, times, type Key, type Search, type Times, type Took } from "./history-scale";
import { attempt, median, ms, ratio, table } from "./measure";

/** Milliseconds of this process's CPU and of the wall clock that `run` takes. */
async function cpuAndWall(run: () => unknown): Promise<Took> {
  const [cpuStart, wallStart] = [process.cpuUsage(), performance.now()];
  await run();
  const used = process.cpuUsage(cpuStart);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart };
}

/** Each call takes milliseconds: at least this many rounds, so that the median holds on a busy machine. */
const MIN_ROUNDS = 15;

/** Milliseconds with two decimals below one, as the sub-millisecond calls need. */
const fine = (value: number): string => (value < 1 ? value.toFixed(2) : ms(value));

/** What each row measures, with how many entries each search found at either size. */
function labels(found: Times["found"]): Record<Key, string> {
  const shown = (key: Search) => `${SIZES[0]} 条中 ${found[0][key]} 条，${SIZES[1]} 条中 ${found[1][key]} 条`;
  return {
    save: "保存一次检查",
    list: `历史列表（第一页 ${PAGE_SIZE} 条及总数）`,
    search: `按机关搜索（“${agencyName(7)}”：${shown("search")}）`,
    short: `按简称搜索（“${SHORT}”：${shown("short")}）`,
    shortYear: `按简称搜索，限 ${SHORT_YEAR} 年（${shown("shortYear")}）`,
    file: `按文件名搜索（“${FILE}”：${shown("file")}）`,
    recheck: "规则更新后待重新检查的查询",
    settings: "改规则设置（关掉或恢复规则，每条都重算计数；读全部条目，不在目标内）",
  };
}

const TARGET = "目标：2000 条 ≤ 200 条的 1.5 倍";
const of = (rounds: Took[], clock: keyof Took) => median(rounds.map((took) => took[clock]));
const cells = ([small, large]: Record<Key, Took[]>[], key: Key, clock: keyof Took) => [fine(of(small[key], clock)), fine(of(large[key], clock)), ratio(of(large[key], clock) / of(small[key], clock))];

/** Which searches find more at the larger size: their ratio holds the reading of what they find besides. */
function answerNote(found: Times["found"]): string {
  const named = labels(found);
  const [same, grows] = [(key: Search) => found[0][key] === found[1][key], (key: Search) => found[0][key] !== found[1][key]];
  const keys = Object.keys(found[0]) as Search[];
  const list = (test: (key: Search) => boolean) => keys.filter(test).map((key) => named[key].replace(/（.*$/, "")).join("、") || "无";
  return `结果条数两种规模相同（同样查询、同样结果）：${list(same)}；结果随历史增多（倍数含多显示的条目）：${list(grows)}。`;
}

function nodeTable({ took, found }: Times, runs: number): string {
  const named = labels(found);
  const rows = (Object.keys(named) as Key[]).map((key) => [named[key], ...cells(took, key, "cpu"), ...cells(took, key, "wall")]);
  const title = `历史记录规模（fake-indexeddb，Node；${AGENCIES} 个机关 × 5 年；每项 ${runs} 次的中位数，毫秒 CPU 时间；${TARGET}）`;
  const header = ["操作", `${SIZES[0]} 条`, `${SIZES[1]} 条`, "倍数", `墙钟 ${SIZES[0]} 条`, `墙钟 ${SIZES[1]} 条`, "墙钟倍数"];
  return [table(title, header, rows), answerNote(found)].join("\n");
}

function browserTable({ took, found }: Times, runs: number): string {
  const named = labels(found);
  const rows = (Object.keys(named) as Key[]).map((key) => [named[key], ...cells(took, key, "wall")]);
  const title = `同样的调用，Chromium 自身的 IndexedDB（页面中；每项 ${runs} 次的中位数，毫秒墙钟时间；${TARGET}）`;
  return [table(title, ["操作", `${SIZES[0]} 条`, `${SIZES[1]} 条`, "倍数"], rows), answerNote(found)].join("\n");
}

export async function historyFigures(asked: number): Promise<string> {
  const runs = Math.max(asked, MIN_ROUNDS);
  const seedResults: CheckResult[] = await Promise.all(
    SEEDS.map((seed) => checkText(`${seed}.txt`, readFileSync(join(ROOT, "public/samples", `${seed}.txt`), "utf8"))),
  );
  const inNode = nodeTable(await times(seedResults, runs, cpuAndWall), runs);
  const folder = mkdtempSync(join(tmpdir(), "nianbao-history-"));
  try {
    return [inNode, await attempt("历史记录规模（Chromium）", async () => browserTable(await browserTimes(seedResults, runs, folder), runs))].join("\n");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
