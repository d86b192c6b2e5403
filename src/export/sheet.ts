/**
 * The reviewer's 修改意见 sheet as plain content, laid out as a Word document (review-docx.ts) and as a
 * printable page (review-html.ts): one part per file, each on its own page, and for a batch a summary
 * part first.
 */
import { CHECKER_VERSION, RULES_VERSION } from "../core/model/version";
import { beijingTime, shownTime } from "../core/time";
import type { ExportFile } from "../ui/export-types";
import { agencyOrName, findingRows, summaryRow, SUMMARY_HEADER, yearText } from "./rows";

export interface SheetTable {
  header: string[];
  rows: string[][];
}

export interface SheetPart {
  title: string;
  /** Label and value lines under the title: 机关、年度、文件、检查时间… */
  facts: [string, string][];
  table?: SheetTable;
  /** A sentence in place of the table: 未发现问题, or why the file could not be read. */
  remark?: string;
  /** Ends with the line for the reviewer's signature. */
  signed: boolean;
  /** Its table has too many columns for a portrait page: printed landscape. */
  wide?: boolean;
}

export interface ReviewSheet {
  /** The document's title: the first part's. */
  title: string;
  parts: SheetPart[];
}

export const FINDINGS_TABLE_HEADER = ["序号", "位置", "问题", "级别", "规则", "审核标记", "审核意见"];

/**
 * Relative column widths by header, so that short headers (序号, 级别, 审核标记) fit on one line in the
 * Word sheet; a column not listed gets 1.
 */
const COLUMN_WEIGHTS: Record<string, number> = {
  序号: 0.85,
  位置: 1.8,
  问题: 4,
  级别: 0.9,
  规则: 1.8,
  审核标记: 1.5,
  审核意见: 1.6,
  文件: 1.8,
  机关: 2,
  状态: 2.4,
};

/** Each column's share of the table's width. */
export function columnShares(header: string[]): number[] {
  const weights = header.map((label) => COLUMN_WEIGHTS[label] ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / total);
}

export const SIGNATURE_LINE = "审核人：＿＿＿＿ 日期：＿＿＿＿";

export const BATCH_TITLE = "政府信息公开工作年度报告修改意见汇总";

const PROGRAM = "年报校验";

/** "北京市大兴区亦庄镇人民政府2023年政府信息公开工作年度报告修改意见" */
export function sheetTitle(file: ExportFile): string {
  const year = yearText(file.result.report);
  return `${agencyOrName(file)}${year ? `${year}年` : ""}政府信息公开工作年度报告修改意见`;
}

function exportFacts(now: Date): [string, string][] {
  return [["导出时间", `${shownTime(beijingTime(now))}（${PROGRAM} ${CHECKER_VERSION}，规则目录 ${RULES_VERSION}）`]];
}

function filePart(file: ExportFile, now: Date): SheetPart {
  const { result } = file;
  const facts: [string, string][] = [
    ["机关", result.report?.agency ?? ""],
    ["年度", yearText(result.report)],
    ["文件", file.name],
    ["检查时间", `${shownTime(result.checkedAt)}（${PROGRAM} ${result.checker.version}，规则目录 ${result.checker.rules}）`],
    ...exportFacts(now),
  ];
  const rows = findingRows(file).map(({ finding, place, severity, ruleTitle, mark, note }, index) => [
    String(index + 1),
    place,
    finding.message,
    severity,
    ruleTitle ? `${ruleTitle}（${finding.rule}）` : finding.rule,
    mark,
    note,
  ]);
  const part: SheetPart = { title: sheetTitle(file), facts, signed: true };
  if (result.error) return { ...part, remark: `无法读取：${result.error.message}` };
  return rows.length ? { ...part, table: { header: FINDINGS_TABLE_HEADER, rows } } : { ...part, remark: "未发现问题。" };
}

function summaryPart(files: ExportFile[], now: Date): SheetPart {
  return {
    title: BATCH_TITLE,
    facts: [["文件数", String(files.length)], ...exportFacts(now)],
    table: { header: SUMMARY_HEADER, rows: files.map(summaryRow) },
    signed: false,
    wide: true,
  };
}

/** One file's sheet, or for a batch (more than one file) the summary followed by each file's sheet. */
export function reviewSheet(files: ExportFile[], now: Date): ReviewSheet {
  const parts = files.map((file) => filePart(file, now));
  if (files.length > 1) parts.unshift(summaryPart(files, now));
  return { title: parts[0]?.title ?? BATCH_TITLE, parts };
}
