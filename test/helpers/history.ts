/**
 * Test support for the cross-year rules: a seed moved to another year, checked as an earlier report of
 * the history, and this year's report checked through checkFile with that history.
 */
import { checkFile, checkText } from "../../src/core/check";
import type { Finding } from "../../src/core/model/report";
import type { EarlierReport } from "../../src/core/rules/rule";

const TITLE_YEAR = /(?:19|20)\d{2}(?=\s*年度?政府信息公开工作)/;

/** `text` with its title's year set to `year`. */
export function inYear(text: string, year: number): string {
  if (!TITLE_YEAR.test(text)) throw new Error("no title year");
  return text.replace(TITLE_YEAR, String(year));
}

/** `text` checked as it would be saved in the history. */
export async function earlierReport(text: string, file = "earlier.txt", checkedAt = "2024-01-20T10:00:00+08:00"): Promise<EarlierReport> {
  const result = await checkText(file, text, { now: () => new Date(checkedAt) });
  if (!result.report || !result.blocks) throw new Error(`check failed: ${result.error?.message}`);
  return { report: result.report, blocks: result.blocks, checkedAt: result.checkedAt, file };
}

/** The findings of `rule` on `text`, checked through checkFile with `history`. */
export async function findingsWithHistory(text: string, rule: string, history: EarlierReport[]): Promise<Finding[]> {
  const result = await checkFile({ name: "this-year.txt", bytes: new TextEncoder().encode(text) }, { history });
  if (!result.findings) throw new Error(`check failed: ${result.error?.message}`);
  return result.findings.filter((finding) => finding.rule === rule);
}
