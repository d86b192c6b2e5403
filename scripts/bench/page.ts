/**
 * Figures from the page: the built dist/ served on 127.0.0.1 in Debian's Chromium (playwright-core),
 * driven through its real file input (`input[type=file]`), results awaited on the elements carrying
 * `data-file` (the batch rows' `data-status`, or a report's findings). The page sizes its worker pool by
 * navigator.hardwareConcurrency (src/ui/worker-pool.ts), so one worker is measured by reporting one core.
 */
import { basename } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../test/e2e/browser";
import { serveFolder, type StaticServer } from "../../test/e2e/static-server";
import { attempt, median, medianRatio, mb, ms, ratio, table } from "./measure";
import { traced, type ThreadTimes } from "./page-trace";
import { cpuByThread, type CpuByThread } from "./process-cpu";
import { sampleDescendants, type Memory } from "./process-memory";

const RUNNING = new Set(["queued", "reading", "checking"]);
const BATCH_TIMEOUT_MS = 15 * 60_000;
const POLL_MS = 100;
/** Time given to the page after the result, to draw the document view. */
const SETTLE_MS = 3000;
export const PAGE_MEMORY_TARGET = 500 * 1024 * 1024;

interface PageRun {
  browser: Browser;
  server: StaticServer;
}

/** A fresh page of the app; `cores`, when given, is what navigator.hardwareConcurrency says. */
export async function openApp({ browser, server }: PageRun, cores?: number): Promise<{ page: Page; scripts: string[]; workers(): number; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  if (cores) await context.addInitScript(`Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => ${cores}, configurable: true });`);
  const scripts: string[] = [];
  context.on("request", (request) => {
    // What the service worker fetches for its offline cache is not loaded into the page.
    if (request.serviceWorker() || !/\.m?js$/.test(new URL(request.url()).pathname)) return;
    scripts.push(request.url().slice(server.url.length));
  });
  const page = await context.newPage();
  let workers = 0;
  page.on("worker", (worker) => {
    if (worker.url().includes("check.worker")) workers++;
  });
  await page.goto(server.url);
  await page.locator("input[type=file]").first().waitFor({ state: "attached" });
  // The service worker fills the offline cache first (some 100 requests, once a visit): not part of what is measured.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  return { page, scripts, workers: () => workers, close: () => context.close() };
}

/**
 * Whether each named file has its result: a batch row no longer running, or a report with findings. Run by
 * the page itself every POLL_MS (waitForFunction), so the driver does not message the page while it waits.
 */
function finished({ names, running }: { names: string[]; running: string[] }): boolean {
  const done = new Set<string>();
  for (const element of document.querySelectorAll("[data-file]")) {
    const status = element.getAttribute("data-status");
    if (status === null ? element.querySelector("[data-rule]") !== null : !running.includes(status)) done.add(element.getAttribute("data-file")!);
  }
  return names.every((name) => done.has(name));
}

/** Picks the files through the page's file input and waits until all have results; milliseconds taken. */
export async function checkInPage(page: Page, files: string[]): Promise<number> {
  const names = files.map((file) => basename(file));
  const start = performance.now();
  await page.getByLabel("选择文件", { exact: true }).setInputFiles(files);
  await page.waitForFunction(finished, { names, running: [...RUNNING] }, { polling: POLL_MS, timeout: BATCH_TIMEOUT_MS });
  const took = performance.now() - start;
  const broken = await page.locator('[data-status="failed"], [data-status="cancelled"]').count();
  if (broken) throw new Error(`${broken} 个文件在页面中检查失败`);
  return took;
}

export async function withBrowser<T>(dist: string, use: (run: PageRun) => Promise<T>): Promise<T> {
  const server = await serveFolder(dist, "nianbao");
  const browser = await launchChromium();
  try {
    return await use({ browser, server });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Scripts the page requests before any file, then after its first PDF. */
async function scriptLoading(run: PageRun, pdf: string): Promise<string> {
  const app = await openApp(run);
  await app.page.waitForLoadState("networkidle");
  const atStart = app.scripts.length;
  await checkInPage(app.page, [pdf]);
  const rows = [...app.scripts.slice(0, atStart).map((script) => ["打开页面时", script]), ...app.scripts.slice(atStart).map((script) => ["收到第一个 PDF 后", script])];
  await app.close();
  return table("页面（及其 Web Worker）实际载入的脚本，不含 Service Worker 为离线使用预先缓存的文件", ["时机", "脚本"], rows);
}

const POOLS = [
  ["one", 1],
  ["two", 2],
] as const;
type Pool = (typeof POOLS)[number][0];

/** Where a batch's CPU time goes, by process and thread (/proc), labelled as the table shows it. */
const CPU_PARTS: [label: string, prefix: string][] = [
  ["主线程", "renderer/chromium"],
  ["检查 Worker", "renderer/DedicatedWorker"],
  ["渲染进程其他线程", "renderer/"],
  ["浏览器进程", "browser/"],
  ["其他 Chromium 进程", ""],
  ["测试驱动", "driver/"],
];

/** Each part's CPU milliseconds: a thread is counted in the first part whose prefix it has, the driver apart. */
function cpuParts(cpu: CpuByThread): number[] {
  const parts = CPU_PARTS.map(() => 0);
  const driver = CPU_PARTS.length - 1;
  for (const [name, used] of cpu) {
    const part = name.startsWith("driver/") ? driver : CPU_PARTS.findIndex(([, prefix]) => name.startsWith(prefix));
    parts[part] += used;
  }
  return parts;
}

/**
 * The batch with one and with two check workers, taking turns within each round (the machine's load
 * changes), with the CPU time of every process meanwhile (/proc, thread by thread); then once more each,
 * traced, for the main thread's style, layout and paint.
 */
async function pageBatch(run: PageRun, files: string[], runs: number): Promise<string> {
  const times: Record<Pool, number[]> = { one: [], two: [] };
  const parts: Record<Pool, number[][]> = { one: [], two: [] };
  const workers = { one: 0, two: 0 };
  for (let round = 0; round < runs; round++) {
    for (const [key, cores] of POOLS) {
      const app = await openApp(run, cores);
      const { value, cpu } = await cpuByThread(() => checkInPage(app.page, files));
      times[key].push(value);
      parts[key].push(cpuParts(cpu));
      workers[key] = app.workers();
      await app.close();
    }
  }
  const traces = {} as Record<Pool, ThreadTimes>;
  for (const [key, cores] of POOLS) {
    const app = await openApp(run, cores);
    traces[key] = await traced(app.page, () => checkInPage(app.page, files));
    await app.close();
  }
  const perFile = (value: number) => ms(value / files.length);
  const part = (key: Pool, index: number) => median(parts[key].map((round) => round[index]));
  const total = (key: Pool) => parts[key].map((round) => round.reduce((sum, used) => sum + used, 0));
  // Two workers can be at most this much faster on two cores: one worker's time over half the CPU time two workers take.
  const bound = median(times.one.map((one, round) => one / (total("two")[round] / 2)));
  const row = (cores: string, key: Pool) => [
    cores,
    String(workers[key]),
    ms(median(times[key])),
    perFile(median(times[key])),
    ...CPU_PARTS.map((_, index) => perFile(part(key, index))),
    perFile(median(total(key))),
    perFile(traces[key].rendering),
  ];
  return table(
    `页面批量检查 ${files.length} 份报告（从选择文件到全部出结果，毫秒，${runs} 轮的中位数，两种 Worker 数在每轮内轮流；比值为同一轮内之比的中位数。` +
      `每份 CPU 为同一批各进程各线程所用的 CPU 毫秒（/proc），不受机器上其他负载影响：渲染进程其他线程主要是 V8 的后台编译和垃圾回收，` +
      `浏览器进程主要是 IndexedDB 和进程间消息，其他 Chromium 进程为 GPU、网络等，测试驱动为运行本 bench 的 Node 进程。` +
      `样式、布局和绘制另跑一轮、由 Chromium 跟踪计。两核上限只在机器空闲时有意义：负载高时一个 Worker 的用时被拉长）`,
    ["页面所见核数", "启动的检查 Worker", "总用时", "每份", ...CPU_PARTS.map(([label]) => `每份 CPU：${label}`), "每份 CPU 合计", "其中主线程样式、布局和绘制"],
    [
      row("1", "one"),
      row("2", "two"),
      ["加速比（目标 ≥ 1.70×）", "", ratio(medianRatio(times.one, times.two)), "", ...CPU_PARTS.map(() => ""), "", ""],
      ["两核上限：一个 Worker 的用时 ÷ (两个 Worker 的 CPU 合计 ÷ 2)", "", ratio(bound), "", ...CPU_PARTS.map(() => ""), "", ""],
    ],
  );
}

const LONG_TASK_MS = 200;

/** Long tasks (over 50 ms, PerformanceObserver 'longtask') on the page from now on, wall milliseconds, in window.__longTasks. */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: "longtask" });
  });
}

/**
 * The first report shown on a cold page (issue 17: no main-thread task over 200 ms): each file picked on a
 * fresh page, the report drawn, then SETTLE_MS more. The longest task as the page sees it (wall time, which
 * other work on the machine lengthens) and the most CPU time one task took (trace), medians of the rounds.
 */
async function firstReport(run: PageRun, files: { label: string; path: string }[], runs: number): Promise<string> {
  const rows: string[][] = [];
  for (const file of files) {
    const walls: number[] = [];
    const cpus: number[] = [];
    let over = 0;
    for (let round = 0; round < runs; round++) {
      const app = await openApp(run);
      await app.page.waitForLoadState("networkidle");
      await watchLongTasks(app.page);
      const times = await traced(app.page, async () => {
        await checkInPage(app.page, [file.path]);
        await app.page.waitForTimeout(SETTLE_MS);
      });
      const tasks = await app.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      walls.push(Math.max(0, ...tasks));
      over += tasks.filter((duration) => duration > LONG_TASK_MS).length;
      cpus.push(times.longestTask.cpu);
      await app.close();
    }
    rows.push([file.label, ms(median(walls)), String(over), ms(median(cpus))]);
  }
  return table(
    `冷启动页面显示第一份报告时主线程的最长任务（毫秒，${runs} 轮的中位数；目标：没有超过 ${LONG_TASK_MS} 毫秒的任务。墙钟时间受机器上其他负载影响，CPU 时间不受）`,
    ["报告", "最长任务（PerformanceObserver，墙钟）", `超过 ${LONG_TASK_MS} 毫秒的任务（各轮合计）`, "单个任务最多 CPU 时间（跟踪）"],
    rows,
  );
}

async function pageMemory(run: PageRun, file: { label: string; path: string }): Promise<string> {
  const app = await openApp(run);
  await app.page.waitForLoadState("networkidle");
  const idle = sampleDescendants().stop();
  const sampler = sampleDescendants();
  const took = await checkInPage(app.page, [file.path]);
  await app.page.waitForTimeout(SETTLE_MS);
  const peak = sampler.stop();
  await app.close();
  const row = (label: string, { rss, pss, largest, processes }: Memory) => [label, mb(rss), mb(pss), mb(largest), String(processes)];
  return table(
    `页面检查 ${file.label} 时 Chromium 进程的内存（/proc 每 100 毫秒采样 ${peak.samples} 次，用时 ${ms(took)} 毫秒，出结果后再等 ${SETTLE_MS / 1000} 秒）`,
    ["", "RSS 之和", "PSS 之和", "最大的进程 RSS", "进程数"],
    [
      row("渲染进程（页面及其 Web Worker）：打开页面后", idle.renderers),
      row("渲染进程（页面及其 Web Worker）：峰值", peak.renderers),
      row("Chromium 全部进程：打开页面后", idle.all),
      row("Chromium 全部进程：峰值", peak.all),
      ["目标（页面及其 Web Worker）", `< ${mb(PAGE_MEMORY_TARGET)}`, "", "", ""],
    ],
  );
}

/** The page's batch and its first report on a cold page, alone (BENCH_ONLY=page). */
export function pageSpeedFigures(dist: string, batch: string[], reports: { label: string; path: string }[], runs: number): Promise<string[]> {
  return withBrowser(dist, async (run) => [await pageBatch(run, batch, runs), await firstReport(run, reports, runs)]);
}

export async function pageFigures(
  dist: string,
  batch: string[],
  reports: { label: string; path: string }[],
  longReport: { label: string; path: string },
  runs: number,
): Promise<string[]> {
  const firstPdf = batch.find((file) => file.endsWith(".pdf"))!;
  return withBrowser(dist, async (run) => [
    await attempt("页面实际请求的脚本", () => scriptLoading(run, firstPdf)),
    await attempt(`页面批量检查 ${batch.length} 份报告`, () => pageBatch(run, batch, runs)),
    await attempt("冷启动页面的第一份报告", () => firstReport(run, reports, runs)),
    await attempt(`页面检查 ${longReport.label} 时的内存`, () => pageMemory(run, longReport)),
  ]);
}
