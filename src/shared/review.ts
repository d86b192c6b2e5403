/**
 * A checked file under review: its result and the reviewer's marks. The page builds these from its state
 * (see `exportFiles()` and `currentExportFile()` in src/ui/state/files.svelte.ts) and hands them to the
 * exports (src/export/), which only read them; the history (src/storage/) keeps the marks.
 */
import type { CheckResult } from "../core/model/report";

/** A reviewer's mark on one finding: 已核实 (verified) or 不是问题 (not-an-issue), with a short note ("" when none). */
export const DECISION_STATUSES = ["verified", "not-an-issue"] as const;

export interface Decision {
  status: (typeof DECISION_STATUSES)[number];
  note: string;
}

/** Chinese words for a decision's status, as the page shows them. */
export const DECISION_LABELS: Record<Decision["status"], string> = { verified: "已核实", "not-an-issue": "不是问题" };

export interface ExportFile {
  /** The file name as the user gave it (a folder's files keep their path inside the folder). */
  name: string;
  /** The check result: `result.error` set when the file could not be checked. */
  result: CheckResult;
  /**
   * Reviewer decisions keyed by `findingKey(finding)` (src/shared/finding-key.ts: rule, location and message),
   * so a mark stays with its finding whatever order the findings are listed in. Findings without a mark
   * have no entry.
   */
  decisions: Record<string, Decision>;
}
