/**
 * The whole history as one JSON file, to move it to another computer or keep a backup, and back. An
 * import is checked completely before anything is written, then written in one transaction: a bad or
 * foreign file is refused with a Chinese message and the history stays as it was.
 */
import type { Decision } from "../shared/review";
import type { CheckResult } from "../core/model/report";
import { CHECKER_VERSION, RULES_VERSION } from "../core/model/version";
import { contentHash } from "../core/hash";
import { confirmAgency, ensureProfile } from "./agencies";
import { entryTables, type HistoryDb } from "./db";
import { saveCheck } from "./entries";
import { writing } from "./quota";
import { runsOf } from "./runs";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedAgency, type ExportedEntry, type HistoryExport } from "./history-file";
import { HistoryImportError, NOTHING_CHANGED, validateExport } from "./validate";
import { upgradeResult } from "./legacy-location";

/** Bytes per String.fromCharCode call: within any engine's argument limit. */
const CHUNK = 0x1000;

/** Linear in the file's size (a spread of a typed array, or a callback per byte, takes seconds for 10 MB). */
function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(String.fromCharCode.apply(null, bytes.subarray(at, at + CHUNK) as unknown as number[]));
  return btoa(chunks.join(""));
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function exportHistory(db: HistoryDb, now = new Date()): Promise<HistoryExport> {
  return db.transaction("r", [...entryTables(db), db.agencies], async () => {
    const entries: ExportedEntry[] = [];
    for (const entry of await db.entries.toArray()) {
      const decisions = await db.decisions.where("entryId").equals(entry.id).toArray();
      const file = entry.fileStored ? (await db.files.get(entry.hash))?.bytes : undefined;
      entries.push({
        hash: entry.hash,
        size: entry.size,
        runs: (await runsOf(db, entry.id)).map((run) => run.result),
        decisions: Object.fromEntries(decisions.map(({ key, status, note }): [string, Decision] => [key, { status, note }])),
        ...(file && { file: toBase64(file) }),
      });
    }
    const agencies = (await db.agencies.toArray()).map(({ name, aliases, kind, confirmed }) => ({ name, aliases, kind, confirmed }));
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      checker: { version: CHECKER_VERSION, rules: RULES_VERSION },
      entries,
      agencies,
    };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HistoryImportError("文件不是有效的 JSON 格式，无法导入。");
  }
}

/** Every kept file must be the file its hash names: a changed or truncated file is refused. */
async function verifyFiles(entries: ExportedEntry[]): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    if (entry.file !== undefined && (await contentHash(fromBase64(entry.file))) !== entry.hash) {
      throw new HistoryImportError(`历史记录文件已损坏或不完整：entries[${index}].file 与其内容哈希不符。${NOTHING_CHANGED}`);
    }
  }
}

/** A version 1 file with its results' locations in the typed shape, marked version 2; any other value as it is, for the check. */
function upgradeExport(value: unknown): unknown {
  const file = value as { format?: unknown; version?: unknown; entries?: { runs?: CheckResult[] }[] };
  if (typeof value !== "object" || value === null || file.format !== EXPORT_FORMAT || file.version !== 1 || !Array.isArray(file.entries)) return value;
  try {
    const entries = file.entries.map((entry) => ({ ...entry, runs: Array.isArray(entry.runs) ? entry.runs.map(upgradeResult) : entry.runs }));
    return { ...file, version: EXPORT_VERSION, entries };
  } catch {
    // A damaged file: the check names what is wrong in it.
    return value;
  }
}

export interface ImportSummary {
  /** Files new to this history, and checks added (to new or known files). */
  entries: number;
  runs: number;
}

const runId = (result: CheckResult) => `${result.checkedAt}|${result.checker.rules}`;

/** One exported file: its checks not yet here are added; its decisions fill in, or for a new file make up, the entry's. */
async function importEntry(db: HistoryDb, exported: ExportedEntry, summary: ImportSummary): Promise<void> {
  const known = await db.entries.where("hash").equals(exported.hash).first();
  const seen = new Set(known ? (await runsOf(db, known.id)).map((run) => runId(run.result)) : []);
  const runs = exported.runs.filter((run) => !seen.has(runId(run))).sort((a, b) => Date.parse(a.checkedAt) - Date.parse(b.checkedAt));
  const bytes = exported.file === undefined ? undefined : fromBase64(exported.file);
  let entryId = known?.id;
  for (const result of runs) {
    entryId = (await saveCheck(db, { result, hash: exported.hash, size: exported.size, bytes })).entryId;
    summary.runs++;
  }
  if (entryId === undefined) return;
  if (!known) summary.entries++;
  const decided = new Set(known ? (await db.decisions.where("entryId").equals(entryId).toArray()).map((record) => record.key) : []);
  const decisions = Object.entries(exported.decisions).filter(([key]) => !decided.has(key));
  await db.decisions.bulkPut(decisions.map(([key, decision]) => ({ entryId, key, ...decision })));
}

async function importAgency(db: HistoryDb, agency: ExportedAgency): Promise<void> {
  if (agency.confirmed) await confirmAgency(db, agency.name, agency.aliases, agency.kind);
  else await ensureProfile(db, { agency: agency.name, agencyKind: agency.kind });
}

/**
 * Adds an exported history to this one: new files become entries, known files gain the checks they did
 * not have; decisions already made here are kept. Throws HistoryImportError, writing nothing, when the
 * file is not a valid history export.
 */
export async function importHistory(db: HistoryDb, text: string): Promise<ImportSummary> {
  const exported = validateExport(upgradeExport(parseJson(text)), { format: EXPORT_FORMAT, version: EXPORT_VERSION });
  await verifyFiles(exported.entries);
  const summary: ImportSummary = { entries: 0, runs: 0 };
  await writing(() =>
    db.transaction("rw", [...entryTables(db), db.agencies, db.settings], async () => {
      for (const entry of exported.entries) await importEntry(db, entry, summary);
      for (const agency of exported.agencies) await importAgency(db, agency);
    }),
  );
  return summary;
}
