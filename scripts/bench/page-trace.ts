/**
 * Where a page's time goes, from a Chromium trace (CDP Tracing, devtools.timeline): the CPU time of the
 * page's main thread and of its Web Workers while `run` runs. Thread time (not wall time) of each task, so
 * the figures hold on a busy shared machine, where a thread waits for a core.
 */
import type { Page } from "playwright-core";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface ThreadTimes {
  /** CPU milliseconds of the page's main thread: all its tasks, and within them style, layout and paint. */
  main: number;
  rendering: number;
  /** CPU milliseconds of the page's dedicated workers (the check workers), together, and how many there were. */
  workers: number;
  workerThreads: number;
  /** The main thread's longest task (wall time) and the most CPU time one task took, milliseconds. */
  longestTask: { wall: number; cpu: number };
}

const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit"]);
/** Paint events nest (the document, then its html element): only the outermost is counted. */
const NESTED = new Set(["Paint"]);

function threadTimes(events: TraceEvent[]): ThreadTimes {
  const names = new Map<string, string>();
  for (const event of events) if (event.ph === "M" && event.name === "thread_name") names.set(`${event.pid}:${event.tid}`, event.args?.name ?? "");
  const busy = new Map<string, number>();
  const longest = new Map<string, { wall: number; cpu: number }>();
  const rendering = new Map<string, number>();
  const openUntil = new Map<string, number>();
  const sorted = events.filter((event) => event.ph === "X" && event.tdur !== undefined).sort((a, b) => a.ts - b.ts);
  for (const event of sorted) {
    const thread = `${event.pid}:${event.tid}`;
    const ms = event.tdur! / 1000;
    if (event.name === "RunTask") {
      busy.set(thread, (busy.get(thread) ?? 0) + ms);
      const { wall, cpu } = longest.get(thread) ?? { wall: 0, cpu: 0 };
      longest.set(thread, { wall: Math.max(wall, (event.dur ?? 0) / 1000), cpu: Math.max(cpu, ms) });
    }
    if (!RENDERING.has(event.name)) continue;
    if (NESTED.has(event.name)) {
      if (event.ts < (openUntil.get(thread) ?? 0)) continue;
      openUntil.set(thread, event.ts + (event.dur ?? 0));
    }
    rendering.set(thread, (rendering.get(thread) ?? 0) + ms);
  }
  const threadsNamed = (name: string) => [...busy.keys()].filter((thread) => names.get(thread) === name);
  const main = threadsNamed("CrRendererMain").sort((a, b) => busy.get(b)! - busy.get(a)!)[0];
  const workers = threadsNamed("DedicatedWorker thread");
  return {
    main: busy.get(main) ?? 0,
    rendering: rendering.get(main) ?? 0,
    workers: workers.reduce((sum, thread) => sum + busy.get(thread)!, 0),
    workerThreads: workers.length,
    longestTask: longest.get(main) ?? { wall: 0, cpu: 0 },
  };
}

/** Runs `run` with the page traced; the threads' CPU time meanwhile. */
export async function traced(page: Page, run: () => Promise<unknown>): Promise<ThreadTimes> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => session.once("Tracing.tracingComplete", resolve));
  await session.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,__metadata", transferMode: "ReportEvents" });
  try {
    await run();
  } finally {
    await session.send("Tracing.end");
    await complete;
    await session.detach();
  }
  return threadTimes(events);
}
