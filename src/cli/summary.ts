/** The readable Chinese summary printed without --json. */
import { describeFindingPlaces, SEVERITY_LABELS, type CheckResult, type Finding } from "../core/model/report";
import { severityCounts } from "../shared/present";

const UNKNOWN = "（未识别）";

/** Controls (C0, DEL, C1) and bidirectional overrides: from a document or a file name they could drive the terminal or disguise a line. */
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a document or a file name made safe for a terminal: C0 controls and DEL shown as their symbols (␛), the rest as U+FFFD. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

function findingLine(finding: Finding): string {
  const parts = [SEVERITY_LABELS[finding.severity], finding.rule, describeFindingPlaces(finding), finding.message];
  return "  " + parts.filter(Boolean).map(printable).join("  ");
}

export function formatResult(result: CheckResult): string {
  const lines = [printable(result.file)];
  if (result.error) {
    lines.push(`  无法检查：${printable(result.error.message)}`);
    return lines.join("\n");
  }
  const findings = result.findings ?? [];
  lines.push(`  机关：${printable(result.report?.agency || UNKNOWN)}`);
  lines.push(`  年度：${result.report?.year ?? UNKNOWN}`);
  lines.push(`  ${severityCounts(findings)}`);
  return lines.concat(findings.map(findingLine)).join("\n");
}

export function formatTotals(results: CheckResult[]): string {
  const unreadable = results.filter((result) => result.error).length;
  return `共 ${results.length} 个文件：${results.length - unreadable} 个已检查，${unreadable} 个无法检查。`;
}

export function formatSummary(results: CheckResult[]): string {
  return [...results.map(formatResult), formatTotals(results)].join("\n\n") + "\n";
}
