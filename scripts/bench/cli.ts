/**
 * The command line as a user runs it: the built JavaScript (build/cli/, built first when stale) in a
 * process of its own. How soon the first result comes, `--jobs 2` against `--jobs 1` on 40 PDFs, and the
 * whole batch against pdf.js's own extraction of the same files in one plain Node process
 * (pdfjs-extraction.mjs). The measures take turns within each round, so ratios compare like with like.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { median, medianRatio, ms, ratio, rounds, table } from "./measure";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "build/cli/check.mjs");
const EXTRACTION = fileURLToPath(new URL("./pdfjs-extraction.mjs", import.meta.url));
const BATCH_PDFS = 40;

/** GNU time, where installed: the CPU time of a child process (all its threads), which other work on the machine barely changes. */
const GNU_TIME = "/usr/bin/time";
/** Milliseconds from launching `node args…` to its first line on stdout, and to its exit; its CPU time when GNU time is there. */
async function run(args: string[], cpuFile: string): Promise<{ first: number; exit: number; cpu: number }> {
  const [command, ...rest] = existsSync(GNU_TIME) ? [GNU_TIME, "-f", "%U %S", "-o", cpuFile, process.execPath, ...args] : [process.execPath, ...args];
  const start = performance.now();
  const child = spawn(command, rest, { stdio: ["ignore", "pipe", "ignore"] });
  let first = NaN;
  child.stdout.once("data", () => (first = performance.now() - start));
  child.stdout.resume();
  const [code] = (await once(child, "exit")) as [number];
  if (code !== 0) throw new Error(`node ${args.join(" ")} 退出码 ${code}`);
  const exit = performance.now() - start;
  const cpu = existsSync(GNU_TIME) ? readFileSync(cpuFile, "utf8").trim().split(/\s+/).slice(-2).reduce((sum, seconds) => sum + Number(seconds) * 1000, 0) : NaN;
  return { first, exit, cpu };
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
  const timed = (key: keyof typeof cpu, args: string[]) => async () => cpu[key].push((await run(args, cpuFile)).cpu);
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
      two: timed("two", [CLI, "--jsonl", "--jobs", "2", ...files]),
      extraction: timed("extraction", [EXTRACTION, ...files]),
      spinOne: () => spin(1),
      spinTwo: () => spin(2),
    },
    false,
  );
  const speedUp = medianRatio(times.one, times.two);
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
      ["同时测得：纯计算循环两线程的加速比（机器当时可用的并行度）", ratio(medianRatio(times.spinOne.map((time) => 2 * time), times.spinTwo)), ""],
      [`pdf.js 在一个 Node 进程中提取同样 ${files.length} 份（文字与绘图指令）`, ms(median(times.extraction)), ""],
      ["整批检查 / pdf.js 提取（--jobs 1）", ratio(medianRatio(times.one, times.extraction)), "≤ 1.30×"],
      ["CPU 时间之比：整批检查（--jobs 1）/ pdf.js 提取", ratio(medianRatio(cpu.one, cpu.extraction)), "≤ 1.30×"],
      [`默认线程数（--jobs 省略时，= 处理器核心数）`, String(availableParallelism()), ""],
    ],
  );
}
