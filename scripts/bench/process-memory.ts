/**
 * Memory of the processes this process started (Chromium's browser, renderer, GPU and utility processes),
 * read from /proc and sampled. Two sums: of the renderer processes (in Chromium the page and its Web
 * Workers run in its renderer process) and of the whole tree; each as RSS (resident pages, shared ones
 * counted in every process that maps them, so a sum overstates) and as PSS (shared pages split).
 */
import { readdirSync, readFileSync } from "node:fs";

export interface Memory {
  rss: number;
  pss: number;
  /** RSS of the largest process. */
  largest: number;
  processes: number;
}

export interface MemoryPeak {
  renderers: Memory;
  all: Memory;
  samples: number;
}

/** Parent of each process, from /proc/<pid>/stat (the field after the parenthesised command name). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parentOf;
}

/** Every process below `root`, at any depth. */
export function descendants(root: number): number[] {
  const parentOf = parents();
  const found: number[] = [];
  const below = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (below.has(parent) && !below.has(pid)) {
        below.add(pid);
        found.push(pid);
        grew = true;
      }
    }
  }
  return found;
}

/** A "Name:   1234 kB" line of a /proc file, in bytes; 0 when the process is gone. */
function kilobytesField(file: string, name: string): number {
  try {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(readFileSync(file, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function isRenderer(pid: number): boolean {
  try {
    return /(^|[\s\0])--type=renderer([\s\0]|$)/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

function memoryOf(pids: number[]): Memory {
  const memory: Memory = { rss: 0, pss: 0, largest: 0, processes: pids.length };
  for (const pid of pids) {
    const rss = kilobytesField(`/proc/${pid}/status`, "VmRSS");
    memory.rss += rss;
    memory.pss += kilobytesField(`/proc/${pid}/smaps_rollup`, "Pss");
    memory.largest = Math.max(memory.largest, rss);
  }
  return memory;
}

const higher = (a: Memory, b: Memory): Memory => ({
  rss: Math.max(a.rss, b.rss),
  pss: Math.max(a.pss, b.pss),
  largest: Math.max(a.largest, b.largest),
  processes: Math.max(a.processes, b.processes),
});

/** Samples the memory of this process's descendants every `intervalMs` until stopped; returns the peaks. */
export function sampleDescendants(intervalMs = 100): { stop(): MemoryPeak } {
  const none: Memory = { rss: 0, pss: 0, largest: 0, processes: 0 };
  const peak: MemoryPeak = { renderers: none, all: none, samples: 0 };
  const sample = () => {
    const pids = descendants(process.pid);
    peak.renderers = higher(peak.renderers, memoryOf(pids.filter(isRenderer)));
    peak.all = higher(peak.all, memoryOf(pids));
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
