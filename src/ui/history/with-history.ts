/**
 * A check completed by the history: when the history holds the agency's earlier reports or its confirmed
 * kind, the result's own blocks are checked again with them (the cross-year rules, the kind's rules).
 */
import type { DocumentInput } from "../../core/check";
import type { CheckResult } from "../../core/model/report";
import { historyOptions, savedDocument, type ComparedReport, type HistoryDb } from "../../storage";
import type { HistoryCheckOptions } from "../../workers/protocol";
import type { CheckOutcome } from "../worker-pool";

/** Checks a saved document again with the given options; on the page, in a worker (CheckPool.checkSaved). */
export type CheckSaved = (saved: DocumentInput, options: HistoryCheckOptions) => Promise<CheckOutcome>;

/** A check's outcome, with the earlier reports it was compared with when the history held any. */
export type HistoryOutcome = CheckOutcome & { comparedWith?: ComparedReport[] };

/** The result checked again with what the history knows, or the result itself when the history adds nothing or the second check breaks. */
export async function withHistory(db: HistoryDb, result: CheckResult, checkSaved: CheckSaved): Promise<HistoryOutcome> {
  const saved = result.error ? undefined : savedDocument(result);
  if (!saved) return { result };
  const options = await historyOptions(db, result.report);
  if (!options.history?.length && !options.agencyKind) return { result };
  const again = await checkSaved(saved, options);
  if ("failure" in again) return { result };
  const comparedWith = (options.history ?? []).map(({ file, report, checkedAt }) => ({ file, agency: report.agency, year: report.year, checkedAt }));
  return comparedWith.length > 0 && "result" in again ? { ...again, comparedWith } : again;
}
