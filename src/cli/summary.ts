/** The readable Chinese summary printed without --json. */
import type { CheckResult, Finding } from "../core/model/report";
import { SEVERITY_LABELS, locationText, severityCounts } from "../ui/present";

const UNKNOWN = "（未识别）";

function findingLine(finding: Finding): string {
  const parts = [SEVERITY_LABELS[finding.severity], finding.rule, locationText(finding.location), finding.message];
  return "  " + parts.filter(Boolean).join("  ");
}

export function formatResult(result: CheckResult): string {
  const lines = [result.file];
  if (result.error) {
    lines.push(`  无法检查：${result.error.message}`);
    return lines.join("\n");
  }
  const findings = result.findings ?? [];
  lines.push(`  机关：${result.report?.agency || UNKNOWN}`);
  lines.push(`  年度：${result.report?.year ?? UNKNOWN}`);
  lines.push(`  ${severityCounts(findings)}`);
  lines.push(...findings.map(findingLine));
  return lines.join("\n");
}

export function formatTotals(results: CheckResult[]): string {
  const unreadable = results.filter((result) => result.error).length;
  return `共 ${results.length} 个文件：${results.length - unreadable} 个已检查，${unreadable} 个无法检查。`;
}

export function formatSummary(results: CheckResult[]): string {
  return [...results.map(formatResult), formatTotals(results)].join("\n\n") + "\n";
}
