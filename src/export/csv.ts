/**
 * CSV that Excel opens right: UTF-8 with a byte-order mark (without it Excel reads GBK), CRLF line ends,
 * RFC 4180 quoting. The correction list has one row per finding; the summary sheet one row per file.
 */
import { beijingTime, shownTime } from "../core/time";
import type { ExportFile } from "../shared/review";
import { findingRows, summaryRow, SUMMARY_HEADER, yearText } from "./rows";

const BOM = "\uFEFF";

/**
 * A field as RFC 4180 writes it. Text that Excel would run as a formula (=, +, -, @, tab or carriage return
 * first, as OWASP lists them) gets a leading
 * apostrophe, which Excel shows as plain text; plain negative numbers stay numbers.
 */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(field).join(",") + "\r\n").join("");
}

const STAMP_HEADER = ["检查时间", "程序版本", "规则版本", "导出时间"];

function stamps(file: ExportFile, exportedAt: string): string[] {
  const { checkedAt, checker } = file.result;
  return [shownTime(checkedAt), checker.version, checker.rules, exportedAt];
}

export const FINDINGS_HEADER = [
  "文件",
  "机关",
  "年度",
  "级别",
  "规则编号",
  "规则名称",
  "位置",
  "问题说明",
  "应为",
  "实际",
  "审核标记",
  "审核意见",
  ...STAMP_HEADER,
];

function valueText(value: number | string | null | undefined): string {
  return value == null ? "" : String(value);
}

/** A file's rows: one per finding; one saying why when it could not be read, or that nothing was found. */
function fileRows(file: ExportFile, exportedAt: string): string[][] {
  const { result } = file;
  const stamped = stamps(file, exportedAt);
  const head = [file.name, result.report?.agency ?? "", yearText(result.report)];
  const blank = (severity: string, message: string) => [...head, severity, "", "", "", message, "", "", "", "", ...stamped];
  if (result.error) return [blank("无法读取", result.error.message)];
  const rows = findingRows(file);
  if (rows.length === 0) return [blank("", "未发现问题")];
  return rows.map(({ finding, place, severity, ruleTitle, mark, note }) => [
    ...head,
    severity,
    finding.rule,
    ruleTitle,
    place,
    finding.message,
    valueText(finding.expected),
    valueText(finding.actual),
    mark,
    note,
    ...stamped,
  ]);
}

export function findingsCsv(files: ExportFile[], now: Date): string {
  const exportedAt = shownTime(beijingTime(now));
  return toCsv([FINDINGS_HEADER, ...files.flatMap((file) => fileRows(file, exportedAt))]);
}

/** The batch summary: each file's key figures, counts and status. */
export function summaryCsv(files: ExportFile[], now: Date): string {
  const exportedAt = shownTime(beijingTime(now));
  return toCsv([[...SUMMARY_HEADER, ...STAMP_HEADER], ...files.map((file) => [...summaryRow(file), ...stamps(file, exportedAt)])]);
}
