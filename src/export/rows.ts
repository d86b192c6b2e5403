/**
 * What every export says about a file, in the report's own words: each finding as a row (place, message,
 * severity, rule, the reviewer's mark) and each file's key figures for the batch summary. The CSV, Word
 * and print exports only lay these out.
 */
import { KEY_FIGURES } from "../core/model/key-figures";
import { describeFindingPlaces, SEVERITY_LABELS, type CheckResult, type Finding, type Report, type Severity } from "../core/model/report";
import { ruleById } from "../core/rules/index";
import { beijingTime } from "../core/time";
import { DECISION_LABELS, type ExportFile } from "../shared/review";
import { findingKey } from "../shared/finding-key";

export function ruleTitle(id: string): string {
  return ruleById(id)?.title ?? "";
}

/** "北京市大兴区亦庄镇人民政府", or the file's name when the agency could not be read. */
export function agencyOrName(file: ExportFile): string {
  return file.result.report?.agency || file.name;
}

/** "2025年1月16日", in Beijing. */
export function chineseDate(now: Date): string {
  const [year, month, day] = beijingTime(now).slice(0, 10).split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

export function yearText(report: Report | undefined): string {
  return report?.year != null ? String(report.year) : "";
}

export interface FindingRow {
  finding: Finding;
  place: string;
  severity: string;
  ruleTitle: string;
  /** 已核实 / 不是问题, or "" when not marked. */
  mark: string;
  note: string;
}

export function findingRows(file: ExportFile): FindingRow[] {
  return (file.result.findings ?? []).map((finding) => {
    const decision = file.decisions[findingKey(finding)];
    return {
      finding,
      place: describeFindingPlaces(finding),
      severity: SEVERITY_LABELS[finding.severity],
      ruleTitle: ruleTitle(finding.rule),
      mark: decision ? DECISION_LABELS[decision.status] : "",
      note: decision?.note ?? "",
    };
  });
}

function countOf(result: CheckResult, severity: Severity): number {
  return (result.findings ?? []).filter((finding) => finding.severity === severity).length;
}

/** Where a file stands: unreadable, clean, or how far the reviewer has got with its findings. */
export function statusText(file: ExportFile): string {
  const { result } = file;
  if (result.error) return `无法读取：${result.error.message}`;
  const total = result.findings?.length ?? 0;
  if (total === 0) return "未发现问题";
  const marked = (result.findings ?? []).filter((finding) => file.decisions[findingKey(finding)]).length;
  if (marked === 0) return "待审核";
  return marked === total ? "已审核" : `审核中（已标记 ${marked}/${total} 条）`;
}

/** A figure for the summary: "" when the table or cell is absent or holds no number (the checker never invents one). */
function figure(value: number | null | undefined): string {
  return value == null ? "" : String(value);
}

export const SUMMARY_HEADER = ["文件", "机关", "年度", ...KEY_FIGURES.map((figure) => figure.label), "错误数", "警告数", "状态"];

export function summaryRow(file: ExportFile): string[] {
  const { report } = file.result;
  const counts = file.result.error ? ["", ""] : [String(countOf(file.result, "error")), String(countOf(file.result, "warning"))];
  return [
    file.name,
    report?.agency ?? "",
    yearText(report),
    ...KEY_FIGURES.map(({ of }) => figure(report ? of(report) : null)),
    ...counts,
    statusText(file),
  ];
}
