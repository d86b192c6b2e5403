/**
 * The command line as a user runs it: the built JavaScript (build/cli/, built first when stale) in a
 * process of its own. How soon the first result comes, `--jobs 2` against `--jobs 1` on 40 PDFs, and the
 * whole batch against pdf.js's own extraction of the same files in one plain Node process
 * (pdfjs-extraction.mjs), with how the batch's CPU time falls on its threads (Linux). The measures take turns
 * within each round, so ratios compare like with like.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { V8_FLAGS } from "../../src/cli/v8-flags";
import { median, medianRatio, ms, ratio, rounds, table } from "./measure";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "build/cli/check.mjs");
const EXTRACTION = fileURLToPath(new URL("./pdfjs-extraction.mjs", import.meta.url));
const BATCH_PDFS = 40;

/** GNU time, where installed: the CPU time of a child process (all its threads), which other work on the machine barely changes. */
const GNU_TIME = "/usr/bin/time";

/** Linux's clock ticks per second in /proc's CPU times (USER_HZ). */
const CLOCK_TICKS = 100;

/** CPU milliseconds of each thread of process `pid` so far, by thread id (Linux's /proc; nothing elsewhere). */
function threadTimes(pid: number, into: Map<number, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      into.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
    }
  } catch {
    // The process or a thread has just ended: its last reading stands.
  }
}

/** How a run's CPU time fell on its threads: Node's main thread, the `jobs` busiest others (the checking threads), and the rest (V8's garbage collector and compiler). */
interface ThreadCpu {
  main: number;
  checking: number[];
  rest: number;
}

function splitThreads(nodePid: number, times: Map<number, number>, jobs: number): ThreadCpu {
  const others = [...times].filter(([tid]) => tid !== nodePid).map(([, cpu]) => cpu).sort((a, b) => b - a);
  return { main: times.get(nodePid) ?? NaN, checking: others.slice(0, jobs), rest: others.slice(jobs).reduce((sum, cpu) => sum + cpu, 0) };
}

/** The Node process GNU time started (its only child), or the child itself without GNU time. */
function nodeProcess(pid: number): number | null {
  if (!existsSync(GNU_TIME)) return pid;
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0]) || null;
  } catch {
    return null;
  }
}

/**
 * Milliseconds from launching `node args…` to its first line on stdout, and to its exit; its CPU time when
 * GNU time is there; its threads' CPU times as last read every 20 ms (a thread's last 20 ms may be missed).
 */
async function run(args: string[], cpuFile: string, jobs = 1): Promise<{ first: number; exit: number; cpu: number; threads: ThreadCpu }> {
  const [command, ...rest] = existsSync(GNU_TIME) ? [GNU_TIME, "-f", "%U %S", "-o", cpuFile, process.execPath, ...args] : [process.execPath, ...args];
  const start = performance.now();
  const child = spawn(command, rest, { stdio: ["ignore", "pipe", "ignore"] });
  let first = NaN;
  child.stdout.once("data", () => (first = performance.now() - start));
  child.stdout.resume();
  const times = new Map<number, number>();
  let nodePid: number | null = null;
  const poll = setInterval(() => {
    nodePid ??= nodeProcess(child.pid!);
    if (nodePid !== null) threadTimes(nodePid, times);
  }, 20);
  const [code] = (await once(child, "exit")) as [number];
  clearInterval(poll);
  if (code !== 0) throw new Error(`node ${args.join(" ")} 退出码 ${code}`);
  const exit = performance.now() - start;
  const cpu = existsSync(GNU_TIME) ? readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).reduce((sum, seconds) => sum + Number(seconds) * 1000, 0) : NaN;
  return { first, exit, cpu, threads: splitThreads(nodePid ?? NaN, times, jobs) };
}

/** Milliseconds V8 spent collecting garbage, as its `--trace-gc-nvp` lines on `output` tell: pauses of the checking thread, and tasks on its helper threads. */
function gcTimes(output: string): { pauses: number; helpers: number; collections: number } {
  const times = { pauses: 0, helpers: 0, collections: 0 };
  for (const [line] of output.matchAll(/^.* pause=.* gc=.*$/gm)) {
    times.collections++;
    for (const [, name, value] of line.matchAll(/ ([\w.]+)=([\d.]+)/g)) {
      if (name === "pause") times.pauses += Number(value);
      else if (name.startsWith("background.")) times.helpers += Number(value);
    }
  }
  return times;
}

/**
 * One more `--jobs 1` run with V8's garbage collector traced (`--json`, so that the results come after the
 * trace): how much of the threads' CPU time is the collector's, and so how much of the rest is the
 * compiler's. The trace times the collector's steps by the clock, which other work on the machine stretches.
 */
function collectorFigures(files: string[]): { pauses: number; helpers: number; collections: number } {
  const output = execFileSync(process.execPath, ["--trace-gc-nvp", CLI, "--json", "--jobs", "1", ...files], { encoding: "utf8", maxBuffer: 1 << 30 });
  return gcTimes(output);
}

/** A loop of pure computation on each of `threads` worker threads: how much parallelism the machine gives now. */
const SPIN = `const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x);`;
const spin = (threads: number) => Promise.all(Array.from({ length: threads }, () => once(new Worker(SPIN, { eval: true }), "message")));

const load = () => loadavg()[0].toFixed(1);

/** `folder`: a temp folder of the benchmark's, for GNU time's output. */
export async function cliFigures(txt: string, pdfs: string[], runs: number, folder: string): Promise<string> {
  const cpuFile = join(folder, "cli-cpu-time");
  // Builds build/cli/ when it is missing or older than the sources, so that no round pays for it.
  execFileSync(process.execPath, [join(ROOT, "scripts/cli.mjs"), "--json", txt], { stdio: "ignore" });
  const files = pdfs.slice(0, BATCH_PDFS);
  const firsts: number[] = [];
  const loads: string[] = [];
  const cpu: Record<"one" | "two" | "extraction", number[]> = { one: [], two: [], extraction: [] };
  const threads: Record<"one" | "two", ThreadCpu[]> = { one: [], two: [] };
  const timed = (key: keyof typeof cpu, args: string[], jobs = 1) => async () => {
    const measured = await run(args, cpuFile, jobs);
    cpu[key].push(measured.cpu);
    if (key !== "extraction") threads[key].push(measured.threads);
  };
  const nodeFirsts: number[] = [];
  const times = await rounds(
    runs,
    {
      start: async () => {
        loads.push(load());
        firsts.push((await run([CLI, "--jsonl", "--jobs", "1", txt], cpuFile)).first);
      },
      node: async () => nodeFirsts.push((await run(["-e", "process.stdout.write('x')"], cpuFile)).first),
      one: timed("one", [CLI, "--jsonl", "--jobs", "1", ...files]),
      two: timed("two", [CLI, "--jsonl", "--jobs", "2", ...files], 2),
      // With the command line's V8 flags: like with like.
      extraction: timed("extraction", [...V8_FLAGS, EXTRACTION, ...files]),
      spinOne: () => spin(1),
      spinTwo: () => spin(2),
    },
    false,
  );
  const collector = collectorFigures(files);
  const speedUp = medianRatio(times.one, times.two);
  const seconds = (values: number[]) => (median(values) / 1000).toFixed(2);
  const split = (runs: ThreadCpu[]) =>
    [seconds(runs.map((run) => run.main)), runs[0].checking.map((_, lane) => seconds(runs.map((run) => run.checking[lane]))).join(" + "), seconds(runs.map((run) => run.rest))].join(" / ");
  const mainShare = (runs: ThreadCpu[]) => `${(median(runs.map((run) => run.main / (run.main + run.rest + run.checking.reduce((sum, cpu) => sum + cpu, 0)))) * 100).toFixed(1)}%`;
  return table(
    `命令行（build/cli/ 的 JavaScript，每次一个新进程；毫秒，${runs} 轮的中位数，比值为同一轮内之比的中位数；各轮开始时 1 分钟负载 ${loads.join("、")}）`,
    ["项目", "用时", "目标"],
    [
      ["启动到第一份结果（一份 .txt，--jsonl）", ms(median(firsts)), "≤ 500"],
      ["启动到退出（同上）", ms(median(times.start)), ""],
      ["同时测得：空的 Node 进程启动到第一次输出", ms(median(nodeFirsts)), ""],
      [`${files.length} 份 PDF，--jobs 1`, ms(median(times.one)), ""],
      [`${files.length} 份 PDF，--jobs 2`, ms(median(times.two)), ""],
      ["加速比（--jobs 1 / --jobs 2）", ratio(speedUp), "≥ 1.60×"],
      ["CPU 时间：--jobs 1 / --jobs 2（GNU time，进程的全部线程）", `${ms(median(cpu.one))} / ${ms(median(cpu.two))}`, ""],
      // --jobs 1 already runs V8's collector and compiler on the second core: its wall time, not its CPU time, is the yardstick.
      ["两个空闲核心上加速比的上限（--jobs 1 用时 ÷ (CPU(--jobs 2) ÷ 2)）", ratio(medianRatio(times.one, cpu.two.map((time) => time / 2))), ""],
      ["各线程 CPU 秒，--jobs 1：主线程 / 检查线程 / 其余（V8 的辅助线程：主要是优化编译，其次是垃圾回收）", split(threads.one), ""],
      ["各线程 CPU 秒，--jobs 2：主线程 / 检查线程 / 其余", split(threads.two), ""],
      [
        `垃圾回收（另跑一次 --jobs 1，--trace-gc-nvp 记录的各步用时，共 ${collector.collections} 次）：检查线程中的暂停 / 辅助线程`,
        `${(collector.pauses / 1000).toFixed(2)} / ${(collector.helpers / 1000).toFixed(2)}`,
        "",
      ],
      ["其余线程中垃圾回收以外的部分（主要是 V8 的优化编译）≈ 其余 − 辅助线程的垃圾回收，--jobs 1", (median(threads.one.map((run) => run.rest)) / 1000 - collector.helpers / 1000).toFixed(2), ""],
      ["主线程占全部 CPU 时间：--jobs 1 / --jobs 2", `${mainShare(threads.one)} / ${mainShare(threads.two)}`, ""],
      ["同时测得：纯计算循环两线程的加速比（机器当时可用的并行度）", ratio(medianRatio(times.spinOne.map((time) => 2 * time), times.spinTwo)), ""],
      [`pdf.js 在一个 Node 进程中提取同样 ${files.length} 份（文字与绘图指令）`, ms(median(times.extraction)), ""],
      ["整批检查 / pdf.js 提取（--jobs 1）", ratio(medianRatio(times.one, times.extraction)), "≤ 1.30×"],
      ["CPU 时间之比：整批检查（--jobs 1）/ pdf.js 提取", ratio(medianRatio(cpu.one, cpu.extraction)), "≤ 1.30×"],
      [`默认线程数（--jobs 省略时，= 处理器核心数）`, String(availableParallelism()), ""],
    ],
  );
}
