/** How results are put into Chinese words; shared by the page and the command line. */
import type { Finding, Severity } from "../core/model/report";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export function findingsOfSeverity(findings: Finding[], severity: Severity): Finding[] {
  return findings.filter((finding) => finding.severity === severity);
}

/** "错误 2 个，警告 1 个，提示 0 个" */
export function severityCounts(findings: Finding[]): string {
  return SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity]} ${findingsOfSeverity(findings, severity).length} 个`).join("，");
}
