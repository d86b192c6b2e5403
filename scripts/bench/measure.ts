/** Timing, medians and the printed tables of the benchmark. */

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Milliseconds `run` takes. */
export async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Each measure run `runs` times, after a warm-up round unless told otherwise, the measures taking turns
 * within a round so that ratios are taken in the same round. Returns each measure's times, round by round.
 */
export async function rounds<K extends string>(runs: number, measures: Record<K, () => unknown>, warmUp = true): Promise<Record<K, number[]>> {
  return (await timedRounds(runs, measures, warmUp)).wall;
}

/**
 * The same, with each run's CPU time besides: milliseconds of user and system time of this process (all
 * its threads), which other work on a shared machine skews far less than the time. Child processes are
 * not counted.
 */
export async function timedRounds<K extends string>(
  runs: number,
  measures: Record<K, () => unknown>,
  warmUp = true,
): Promise<{ wall: Record<K, number[]>; cpu: Record<K, number[]> }> {
  const keys = Object.keys(measures) as K[];
  const lists = () => Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  const [wall, cpu] = [lists(), lists()];
  for (let round = warmUp ? 0 : 1; round <= runs; round++) {
    for (const key of keys) {
      const cpuStart = process.cpuUsage();
      const took = await time(measures[key]);
      const { user, system } = process.cpuUsage(cpuStart);
      if (round > 0) {
        wall[key].push(took);
        cpu[key].push((user + system) / 1000);
      }
    }
  }
  return { wall, cpu };
}

/** The median of the round-by-round ratios a / b. */
export const medianRatio = (a: number[], b: number[]): number => median(a.map((value, round) => value / b[round]));

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Columns a string takes in a terminal: Chinese characters take two. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return columns;
}

const pad = (text: string, columns: number, right: boolean) => {
  const fill = " ".repeat(Math.max(0, columns - width(text)));
  return right ? fill + text : text + fill;
};

/** A table with a title; the first column left-aligned, the figures right-aligned. */
export function table(title: string, header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column], column > 0)).join("  ");
  const rule = widths.map((columns) => "-".repeat(columns)).join("  ");
  return [`\n${title}`, line(header), rule, ...rows.map(line)].join("\n");
}

/** The figure's table, or its title and "not measured: why" when it cannot be measured here and now. */
export async function attempt(title: string, measure: () => Promise<string> | string): Promise<string> {
  try {
    return await measure();
  } catch (error) {
    return `\n${title}\nnot measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}
