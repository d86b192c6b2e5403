/**
 * Figures measured in Node: time per report for extraction alone and for the whole check, poppler's
 * pdftotext on the same files, the command line's batch on one and two worker threads, peak memory.
 */
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { checkBatch } from "../../src/cli/batch";
import { nodeExtractors } from "../../src/cli/extractors";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { pdfjsExtraction } from "./pdfjs-extraction.mjs";
import { checkFile, checkText } from "../../src/core/check";
import { MAX_SECONDS_PER_FILE } from "../../src/core/extract/limits";
import { extractDocx } from "../../src/core/extract/docx";
import { extractPdf } from "../../src/core/extract/pdf";
import { LONG_TEXT_SHAPES, longTextReport, type LongTextShape } from "./long-text";
import { median, medianRatio, mb, ms, ratio, rounds, table, timedRounds } from "./measure";

export interface NamedFile {
  label: string;
  path: string;
}

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const check = (label: string, bytes: Uint8Array) => checkFile({ name: label, bytes }, { extractors: nodeExtractors });

/**
 * pdf.js's own extraction (the text of every page, and with every page's drawing operators too), our PDF
 * reader and the whole check, in CPU time of this process (pdf.js reads in this thread in Node); poppler's
 * pdftotext runs as a child process, so it and its ratio are in time.
 */
export async function pdfFigures(files: NamedFile[], runs: number): Promise<string> {
  const pdftotext = hasPdftotext();
  const rows: string[][] = [];
  for (const { label, path } of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const pages = await pdfjsExtraction(bytes, false);
    const { wall, cpu } = await timedRounds(runs, {
      text: () => pdfjsExtraction(bytes, false),
      textAndOperators: () => pdfjsExtraction(bytes, true),
      reader: () => extractPdf(bytes, pdfjsLegacy, nodeAssets),
      whole: () => check(label, bytes),
      pdftotext: () => pdftotext && execFileSync("pdftotext", ["-q", "-enc", "UTF-8", path, "-"], { maxBuffer: 1 << 30 }),
    });
    const whole = median(cpu.whole);
    rows.push([
      label,
      String(pages),
      ms(median(cpu.text)),
      ms(median(cpu.textAndOperators)),
      ms(median(cpu.reader)),
      ms(whole),
      ms(whole / pages),
      ratio(medianRatio(cpu.whole, cpu.text)),
      ratio(medianRatio(cpu.whole, cpu.textAndOperators)),
      pdftotext ? ms(median(wall.pdftotext)) : "未安装",
      pdftotext ? ratio(medianRatio(wall.textAndOperators, wall.pdftotext)) : "—",
    ]);
  }
  return table(
    `PDF：每份报告的 CPU 时间（毫秒，本进程，${runs} 轮的中位数；比值为同一轮内之比的中位数；pdftotext 为子进程，按用时计）`,
    ["文件", "页数", "pdf.js 文字", "文字+绘图指令", "读取器", "完整检查", "每页", "完整/文字", "完整/(文字+绘图指令)", "pdftotext 用时", "提取/pdftotext 用时"],
    rows,
  );
}

export async function docxFigures(files: NamedFile[], runs: number): Promise<string> {
  const rows: string[][] = [];
  for (const { label, path } of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const times = await rounds(runs, { extract: () => extractDocx(bytes), whole: () => check(label, bytes) });
    rows.push([label, ms(median(times.extract)), ms(median(times.whole)), ratio(medianRatio(times.whole, times.extract))]);
  }
  return table(`DOCX：每份报告的用时（毫秒，${runs} 轮的中位数）`, ["文件", "读取", "完整检查", "完整/读取"], rows);
}

/** A loop of pure computation, the same on each of `threads` worker threads: how much parallelism the machine gives now. */
const SPIN = `const { parentPort } = require("node:worker_threads"); let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x);`;
const spin = (threads: number) => Promise.all(Array.from({ length: threads }, () => once(new Worker(SPIN, { eval: true }), "message")));

/**
 * The command line's batch function on one worker thread and on two, taking turns, without a warm-up
 * round (each run starts its threads afresh). Besides the time, the CPU time of the whole process (main
 * thread and worker threads): what the same work costs on two threads, whatever else the machine runs.
 * A shared machine may not give two cores: the same rounds time a pure-computation loop on one thread and
 * twice the loop on two, whose speed-up is the most any program could get at that moment.
 */
export async function batchFigures(files: string[], runs: number): Promise<string> {
  const cpu: Record<"one" | "two", number[]> = { one: [], two: [] };
  const timed = (key: "one" | "two", jobs: number) => async () => {
    const start = process.cpuUsage();
    await checkBatch(files, { jobs });
    const { user, system } = process.cpuUsage(start);
    cpu[key].push((user + system) / 1000);
  };
  const times = await rounds(runs, { one: timed("one", 1), two: timed("two", 2), spinOne: () => spin(1), spinTwo: () => spin(2) }, false);
  const row = (threads: string, key: "one" | "two") => [threads, ms(median(times[key])), ms(median(times[key]) / files.length), ms(median(cpu[key]))];
  return table(
    `命令行批量检查 ${files.length} 份报告（worker 线程，毫秒，${runs} 轮的中位数；比值为同一轮内之比的中位数）`,
    ["线程数", "总用时", "每份", "CPU 时间"],
    [
      row("1", "one"),
      row("2", "two"),
      ["加速比（1 线程用时 / 2 线程用时）", ratio(medianRatio(times.one, times.two)), "", ""],
      ["CPU 时间之比（2 线程 / 1 线程）", "", "", ratio(medianRatio(cpu.two, cpu.one))],
      ["同时测得：纯计算循环两线程的加速比（机器当时可用的并行度）", ratio(medianRatio(times.spinOne.map((time) => 2 * time), times.spinTwo)), "", ""],
    ],
  );
}

const MEMORY_CHILD = fileURLToPath(new URL("./memory-child.ts", import.meta.url));

/** Peak resident memory of a fresh Node process that checks the file on one worker thread (see memory-child.ts). */
export function nodeMemory(file: NamedFile): string {
  const output = execFileSync(process.execPath, ["--import", "tsx", MEMORY_CHILD, file.path], { encoding: "utf8" });
  const { loadedKB, peakKB } = JSON.parse(output) as { loadedKB: number; peakKB: number };
  return table(
    `命令行检查 ${file.label} 的峰值内存（子进程中的批量函数，一个 worker 线程；/proc/self/status 的 VmHWM）`,
    ["", "常驻内存 RSS"],
    [["载入后、检查前", mb(loadedKB * 1024)], ["检查中的峰值（主线程与 worker 线程合计）", mb(peakKB * 1024)]],
  );
}

/** The issue 17 sizes: a 40 MB prose report and 10 MB of table rows, once each (they take tens of seconds), with the 4× smaller ones. */
const LONG_TEXTS: [LongTextShape, number][] = [
  ["prose", 10],
  ["prose", 40],
  ["table-rows", 2.5],
  ["table-rows", 10],
  ["run-on", 10],
];

export async function longTextFigures(): Promise<string> {
  const rows: string[][] = [];
  for (const [shape, megabytes] of LONG_TEXTS) {
    const text = longTextReport(shape, megabytes * 1024 * 1024);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await checkText(`长文本.txt`, text);
    const wall = performance.now() - start;
    const { user, system } = process.cpuUsage(cpuStart);
    const cpu = (user + system) / 1000;
    rows.push([LONG_TEXT_SHAPES[shape], `${megabytes} MB`, (wall / 1000).toFixed(1), (cpu / 1000).toFixed(1), (cpu / 1000 / megabytes).toFixed(2), result.error?.code ?? String(result.findings?.length), loadavg()[0].toFixed(1)]);
  }
  return table(
    `长文本报告的完整检查（核心在本进程中，一轮；秒；命令行每份文件的上限为 ${MAX_SECONDS_PER_FILE} 秒）`,
    ["形状", "大小", "用时", "CPU 时间", "CPU 秒/MB", "问题条数或错误", "结束时 1 分钟负载"],
    rows,
  );
}
