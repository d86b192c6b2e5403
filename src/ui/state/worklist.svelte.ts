/**
 * The batch as the worklist shows it: the reviewer's filter, search and sort, kept while a report is open,
 * and the order 上一份/下一份 follow in the report view.
 */
import { batchRow } from "../batch/batch-rows";
import { firstError, isReviewed, reviewOf, worklist, type AgencyGroup, type WorkRow, type WorklistQuery } from "../batch/worklist";
import { batch, isRunning, resultEntry, type FileEntry, type FileStatus } from "./files.svelte";

export const worklistQuery = $state<WorklistQuery>({ sort: null, direction: "ascending", filter: "all", text: "" });

/** A file's row as drawn: the table reads only these, so it is drawn when its rows are (BatchView paces that while files are checked). */
export interface ShownRow extends WorkRow {
  entry: FileEntry;
  statusKind: FileStatus["kind"];
  running: boolean;
}

function rowOf(entry: FileEntry): ShownRow {
  const shown = resultEntry(entry);
  return {
    entry,
    statusKind: entry.status.kind,
    running: isRunning(entry),
    ...batchRow(entry.name, entry.status, shown.result),
    review: entry.status.kind === "done" || entry.status.kind === "duplicate" ? reviewOf(shown.result, shown.decisions) : null,
    firstError: firstError(shown.result),
    counted: entry.status.kind !== "duplicate",
  };
}

/** A file's row, worked out again only when that file changes (not when any file of the batch does). */
class RowOf {
  readonly row: ShownRow;
  constructor(entry: FileEntry) {
    this.row = $derived(rowOf(entry));
  }
}

/**
 * Rows kept for one view, made in its script: each row's derived belongs to the view and ends with it
 * (Svelte no longer updates a derived whose view has ended, so rows are not kept across views).
 */
export function rowCache(): (entry: FileEntry) => ShownRow {
  const rows = new WeakMap<FileEntry, RowOf>();
  return (entry) => {
    let cached = rows.get(entry);
    if (!cached) rows.set(entry, (cached = new RowOf(entry)));
    return cached.row;
  };
}

/** The worklist as shown: agencies with their rows. */
export function shownGroups(row: (entry: FileEntry) => ShownRow = rowOf): AgencyGroup<ShownRow>[] {
  return worklist(batch.entries.map(row), worklistQuery);
}

/** The reports the worklist shows, top to bottom, each once (a duplicate stands for the file it repeats). */
export function worklistOrder(): FileEntry[] {
  const files = shownGroups().flatMap((group) => group.rows.map((row) => resultEntry(row.entry)));
  return [...new Set(files)];
}

/** The report before or after this one in the worklist, if any. */
export function neighbour(entry: FileEntry, step: 1 | -1): FileEntry | null {
  const order = worklistOrder();
  const at = order.indexOf(entry);
  return at < 0 ? null : (order[at + step] ?? null);
}

/** How many of the batch's readable reports are fully reviewed. */
export function batchReview(row: (entry: FileEntry) => ShownRow = rowOf): { reviewed: number; total: number } {
  const reviews = batch.entries.filter((entry) => entry.status.kind === "done").map((entry) => row(entry).review);
  const readable = reviews.filter((review) => review !== null);
  return { reviewed: readable.filter(isReviewed).length, total: readable.length };
}
