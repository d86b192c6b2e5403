/**
 * Test support for the cross-year rules: a seed moved to another year, checked as an earlier report of
 * the history (rule-tester.ts runs this year's report with that history).
 */
import { checkText } from "../../src/core/check";
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

