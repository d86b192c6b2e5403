/**
 * Checking saved entries again: after a rule update (the catalogue's version is newer than an entry's),
 * or when the history gains the agency's earlier reports. The caller runs the core (checkDocument) on
 * the saved document with these options and saves the result as another run (saveCheck).
 */
import Dexie from "dexie";
import type { CheckOptions, DocumentInput } from "../core/check";
import type { CheckResult, Report } from "../core/model/report";
import { RULES_VERSION } from "../core/model/version";
import { confirmedKind, earlierReports } from "./agencies";
import type { EntryRecord, HistoryDb } from "./db";

/** Whether rule catalogue version `version` is older than `than` ("2021-30/1" before "2021-30/2"). */
export function isOlderRules(version: string, than: string = RULES_VERSION): boolean {
  return version.localeCompare(than, "en", { numeric: true }) < 0;
}

/**
 * Entries last checked with older rules than the app's, to offer a re-check. Read from the rules' version
 * index on either side of the app's version (the index orders versions as text, "2021-30/10" before
 * "2021-30/9"), so entries checked with these rules, nearly all of them, are not read at all. The entry's
 * id in the key makes each key one entry's: a range then starts beside the app's version, not at its
 * first entry (fake-indexeddb walks every entry of an open bound's key).
 */
export async function entriesToRecheck(db: HistoryDb): Promise<EntryRecord[]> {
  const index = db.entries.where("[rulesVersion+id]");
  const [before, after] = await Promise.all([
    index.between(Dexie.minKey, [RULES_VERSION, Dexie.minKey], true, false).toArray(),
    index.between([RULES_VERSION, Dexie.maxKey], Dexie.maxKey, false, true).toArray(),
  ]);
  return [...before, ...after].filter((entry) => isOlderRules(entry.rulesVersion)).sort((a, b) => a.id - b.id);
}

/** The document a check saved, to check again without the original file; undefined when the file could not be read. */
export function savedDocument(result: CheckResult): DocumentInput | undefined {
  return result.blocks ? { name: result.file, document: { format: result.format, blocks: result.blocks } } : undefined;
}

/** What a check of this report takes from the history: the agency's earlier reports and its confirmed kind. */
export async function historyOptions(db: HistoryDb, report: Pick<Report, "agency" | "year"> | undefined): Promise<Pick<CheckOptions, "history" | "agencyKind">> {
  if (!report) return {};
  return { history: await earlierReports(db, report), agencyKind: await confirmedKind(db, report.agency) };
}
