/** How results are put into Chinese words; shared by the page, the exports and the command line. */
import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from "../core/model/report";

export function findingsOfSeverity(findings: Finding[], severity: Severity): Finding[] {
  return findings.filter((finding) => finding.severity === severity);
}

/** "错误 2 个，警告 1 个，提示 0 个" */
export function severityCounts(findings: Finding[]): string {
  return SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity]} ${findingsOfSeverity(findings, severity).length} 个`).join("，");
}
