/**
 * CPU time of this process and of the processes it started (Chromium's browser, renderer, GPU and utility
 * processes), thread by thread, read from /proc/<pid>/task/<tid>/stat (user + system clock ticks) before
 * and after a run. Thread time, not wall time: the figures hold on a busy shared machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { descendants } from "./process-memory";

/** Clock ticks a second (`getconf CLK_TCK`; 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * What a Chromium process is, from its --type flag (the browser process has none); "driver" is this Node
 * process. Of the renderers, the page's is the one that runs Web Workers; others (a blank tab, an internal
 * page) are "other-renderer".
 */
export type ProcessKind = "driver" | "browser" | "renderer" | "other-renderer" | "gpu-process" | "utility" | "zygote" | "other";

interface ThreadSample {
  kind: ProcessKind;
  thread: string;
  ticks: number;
}

function processKind(pid: number): ProcessKind {
  if (pid === process.pid) return "driver";
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    const type = /--type=([\w-]+)/.exec(command)?.[1];
    if (!type) return /chrom/i.test(command.split(" ")[0]) ? "browser" : "other";
    return (["renderer", "gpu-process", "utility", "zygote"] as const).find((kind) => kind === type) ?? "other";
  } catch {
    return "other";
  }
}

/** Each thread of the process: its name (comm) and its user + system ticks so far. */
function threadsOf(pid: number): Map<string, ThreadSample> {
  const threads = new Map<string, ThreadSample>();
  const kind = processKind(pid);
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      threads.set(`${pid}:${tid}`, { kind, thread: name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The thread ended while we looked.
    }
  }
  return threads;
}

function sampleAll(): Map<string, ThreadSample> {
  const all = new Map<string, ThreadSample>();
  for (const pid of [process.pid, ...descendants(process.pid)]) for (const [key, sample] of threadsOf(pid)) all.set(key, sample);
  return all;
}

/** CPU milliseconds by process kind and thread name ("renderer/CrRendererMain"), threads of one name summed. */
export type CpuByThread = Map<string, number>;

/** Runs `run`; the CPU milliseconds each process kind's threads used meanwhile (threads started meanwhile counted whole). */
export async function cpuByThread<T>(run: () => Promise<T>): Promise<{ value: T; cpu: CpuByThread }> {
  const before = sampleAll();
  const value = await run();
  const cpu: CpuByThread = new Map();
  const samples = sampleAll();
  const withWorkers = new Set([...samples].filter(([, { thread }]) => thread.startsWith("DedicatedWorker")).map(([key]) => key.split(":")[0]));
  for (const [key, after] of samples) {
    const used = after.ticks - (before.get(key)?.ticks ?? 0);
    if (used <= 0) continue;
    const kind = after.kind === "renderer" && !withWorkers.has(key.split(":")[0]) ? "other-renderer" : after.kind;
    const name = `${kind}/${after.thread}`;
    cpu.set(name, (cpu.get(name) ?? 0) + (used * 1000) / TICKS_PER_SECOND);
  }
  return { value, cpu };
}

/** The sum of the threads whose name starts with `prefix` ("renderer/" for the whole renderer process). */
export function cpuOf(cpu: CpuByThread, prefix: string): number {
  let sum = 0;
  for (const [name, ms] of cpu) if (name.startsWith(prefix)) sum += ms;
  return sum;
}
