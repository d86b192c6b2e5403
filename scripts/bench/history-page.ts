/**
 * The page side of history-browser.ts: bundled with history-scale.ts into a blank page, it times the same
 * history calls on Chromium's own IndexedDB. The page has no CPU clock: each call's wall-clock time stands for both.
 */
import type { CheckResult } from "../../src/core/model/report";
import { times, type Clock, type Times } from "./history-scale";

const wallClock: Clock = async (run) => {
  const start = performance.now();
  await run();
  const took = performance.now() - start;
  return { cpu: took, wall: took };
};

(globalThis as unknown as { historyTimes: (seedResults: CheckResult[], runs: number) => Promise<Times> }).historyTimes = (seedResults, runs) =>
  times(seedResults, runs, wallClock);
