/** How results are put into Chinese words; shared by the page, the exports and the command line. */
import type { Location } from "../core/model/location";
import { SEVERITIES, SEVERITY_LABELS, type Finding, type Severity } from "../core/model/report";

/** Where a finding sits, as the user would look for it: 第N行 (text, HTML), 第N页 (PDF), 第N段 (DOCX). */
export function locationText(location: Location): string {
  const page = location.page ?? location.boxes?.[0]?.page;
  if (page !== undefined) return `第${page}页`;
  if (location.line !== undefined) return `第${location.line}行`;
  // DOCX blocks are counted from 0 among the children of w:body.
  if (location.block !== undefined) return `第${location.block + 1}段`;
  return "";
}

/** Every place of a finding, as the findings panel shows it: "第3页", or "共2处：第23段、第26段" for a grouped finding. */
export function findingPlacesText(finding: Finding): string {
  const places = [...new Set((finding.places ?? [finding.location]).map(locationText).filter(Boolean))];
  return places.length && finding.places ? `共${finding.places.length}处：${places.join("、")}` : places.join("、");
}

export function findingsOfSeverity(findings: Finding[], severity: Severity): Finding[] {
  return findings.filter((finding) => finding.severity === severity);
}

/** "错误 2 个，警告 1 个，提示 0 个" */
export function severityCounts(findings: Finding[]): string {
  return SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity]} ${findingsOfSeverity(findings, severity).length} 个`).join("，");
}
