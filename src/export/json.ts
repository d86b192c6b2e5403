/**
 * The results as JSON, as the command line writes them (`{ "files": [ <check result> ] }`), each with the
 * reviewer's decisions, and stamped with the app and rule-catalogue versions and the export time.
 */
import { CHECKER_VERSION, RULES_VERSION } from "../core/model/version";
import { beijingTime } from "../core/time";
import type { ExportFile } from "../shared/review";

export function resultsJson(files: ExportFile[], now: Date): string {
  const exported = {
    checker: { version: CHECKER_VERSION, rules: RULES_VERSION },
    exportedAt: beijingTime(now),
    files: files.map((file) => ({ ...file.result, file: file.name, decisions: file.decisions })),
  };
  return JSON.stringify(exported, null, 2) + "\n";
}
