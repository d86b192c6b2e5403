/**
 * Checking saved entries again: after a rule update (the catalogue's version is newer than an entry's),
 * or when the history gains the agency's earlier reports. The caller runs the core (checkDocument) on
 * the saved document with these options and saves the result as another run (saveCheck).
 */
import Dexie from "dexie";
import type { CheckOptions, DocumentInput } from "../core/check";
import type { CheckResult, Report } from "../core/model/report";
import { RULES_VERSION } from "../core/model/version";
import { confirmedKind, entriesOfYear, reportsBefore, sameAgencyKeys } from "./agencies";
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

/**
 * What the history holds for a check of this report, read in one transaction: what the check takes from it
 * (the agency's earlier reports and confirmed kind), and the agency's entries of the year after, to check
 * again once the report is saved.
 */
export interface AgencyHistory {
  options: Pick<CheckOptions, "history" | "agencyKind">;
  later: EntryRecord[];
}

export function agencyHistory(db: HistoryDb, report: Pick<Report, "agency" | "year"> | undefined): Promise<AgencyHistory> {
  const { agency, year } = report ?? { agency: "", year: null };
  if (!agency) return Promise.resolve({ options: report ? { history: [] } : {}, later: [] });
  return db.transaction("r", [db.entries, db.agencies, db.runs], async () => {
    const keys = year === null ? [] : await sameAgencyKeys(db, agency);
    const [history, agencyKind, later] = await Promise.all([
      year === null ? [] : reportsBefore(db, keys, year),
      confirmedKind(db, agency),
      year === null ? [] : entriesOfYear(db, keys, year + 1),
    ]);
    return { options: { history, agencyKind }, later };
  });
}
