/**
 * The rules with most findings across a batch: for the batch chart (src/ui/charts/) and the brief's table
 * and picture (src/export/brief.ts, src/ui/export/chart-picture.ts), so all three count the same way.
 */
import { SEVERITIES, type CheckResult, type Severity } from "../core/model/report";

export interface RuleFrequency {
  rule: string;
  /** The rule's title, or its id when the catalogue does not know it. */
  label: string;
  /** The most severe of its findings (a rule may give a lighter finding where it is less sure). */
  severity: Severity;
  /** Findings of the rule across the batch, and the files they are in. */
  count: number;
  files: number;
}

export const TOP_RULES = 10;

/** The rules with most findings across the batch, most first (then in most files, then by id). */
export function frequentRules(results: CheckResult[], titleOf: (rule: string) => string | undefined, limit = TOP_RULES): RuleFrequency[] {
  const byRule = new Map<string, RuleFrequency>();
  for (const result of results) {
    const seen = new Set<string>();
    for (const finding of result.findings ?? []) {
      const entry = byRule.get(finding.rule) ?? { rule: finding.rule, label: titleOf(finding.rule) ?? finding.rule, severity: finding.severity, count: 0, files: 0 };
      entry.count++;
      if (SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(entry.severity)) entry.severity = finding.severity;
      if (!seen.has(finding.rule)) entry.files++;
      seen.add(finding.rule);
      byRule.set(finding.rule, entry);
    }
  }
  return [...byRule.values()]
    .sort((a, b) => b.count - a.count || b.files - a.files || a.rule.localeCompare(b.rule))
    .slice(0, limit);
}
