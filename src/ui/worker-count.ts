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
