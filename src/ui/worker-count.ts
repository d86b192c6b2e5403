/** How many check workers the page runs (worker-pool.ts); apart, so Node tests can load it. */

/** Memory a check worker may take with pdf.js and a large PDF, in GB (measured: a 300-page PDF < 0.5 GB). */
const GB_PER_WORKER = 0.5;

/**
 * Workers for a batch: every core but one, left for the page (both cores of a two-core machine, where the
 * page only routes messages); no more than half the device's memory allows, where the browser tells it.
 */
export function workerCount(cores: number, deviceMemoryGB?: number): number {
  const byCores = cores <= 2 ? cores : cores - 1;
  const byMemory = deviceMemoryGB ? Math.floor(deviceMemoryGB / 2 / GB_PER_WORKER) : Infinity;
  return Math.max(1, Math.min(byCores, byMemory));
}

/** The most check workers the reviewer may choose. */
export const MAX_CHOSEN_WORKERS = 16;

/** The reviewer's stored choice: a whole number of workers, 1 to MAX_CHOSEN_WORKERS; null (自动) for anything else. */
export function parseWorkerChoice(stored: string | null): number | null {
  const value = Number(stored);
  return stored && Number.isInteger(value) && value >= 1 && value <= MAX_CHOSEN_WORKERS ? value : null;
}

/** The workers a batch runs: the reviewer's choice when made, else workerCount's. */
export function poolSizeFor(choice: number | null, cores: number, deviceMemoryGB?: number): number {
  return choice ?? workerCount(cores, deviceMemoryGB);
}

/** The numbers the setting offers: 1 up to the cores the browser reports (no fewer than 2, no more than the maximum). */
export function workerChoices(cores: number): number[] {
  const most = Math.min(MAX_CHOSEN_WORKERS, Math.max(2, cores));
  return Array.from({ length: most }, (_, index) => index + 1);
}
