/**
 * The brief for the boss, 审核情况汇总: how many reports, how many with errors, the most frequent problems
 * with their counts (and the batch chart as a picture), the agencies ranked by errors, and the batch's
 * five key figures with their totals. Findings the reviewer judged 不是问题 are not counted.
 */
import { KEY_FIGURES } from "../core/model/key-figures";
import { SEVERITIES, SEVERITY_LABELS, type CheckResult, type Finding, type Severity } from "../core/model/report";
import { ruleById } from "../core/rules/index";
import type { ExportFile } from "../shared/review";
import { findingKey } from "../shared/finding-key";
import { frequentRules } from "../shared/frequent-rules";
import { text, type DocImage, type DocItem, type ExportDocument } from "./document";
import { agencyOrName, chineseDate, statusText, yearText } from "./rows";

export const BRIEF_TITLE = "政府信息公开工作年度报告审核情况汇总";
export const FREQUENT_HEADER = ["序号", "问题", "级别", "出现次数", "涉及报告数"];
export const AGENCIES_HEADER = ["名次", "机关", "年度", ...SEVERITIES.map((severity) => SEVERITY_LABELS[severity]), "审核情况"];
export const FIGURES_HEADER = ["机关", "年度", ...KEY_FIGURES.map((figure) => figure.label)];
export const TOTAL_LABEL = "合计";

/** A file's findings less those the reviewer judged 不是问题. */
export function standingFindings(file: ExportFile): Finding[] {
  return (file.result.findings ?? []).filter((finding) => file.decisions[findingKey(finding)]?.status !== "not-an-issue");
}

function count(findings: Finding[], severity: Severity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

interface Counted {
  file: ExportFile;
  findings: Finding[];
  errors: number;
  warnings: number;
  infos: number;
}

function counted(file: ExportFile): Counted {
  const findings = standingFindings(file);
  return { file, findings, errors: count(findings, "error"), warnings: count(findings, "warning"), infos: count(findings, "info") };
}

function overview(all: Counted[]): string {
  const readable = all.filter(({ file }) => !file.result.error);
  const agencies = new Set(readable.map(({ file }) => file.result.report?.agency).filter(Boolean)).size;
  const withErrors = readable.filter((one) => one.errors > 0).length;
  const onlyWarnings = readable.filter((one) => one.errors === 0 && one.warnings > 0).length;
  const clean = readable.length - withErrors - onlyWarnings;
  const unreadable = all.length - readable.length;
  const sum = (key: "errors" | "warnings" | "infos") => all.reduce((total, one) => total + one[key], 0);
  const dismissed = all.reduce((total, one) => total + (one.file.result.findings?.length ?? 0) - one.findings.length, 0);
  return (
    `本次共审核年度报告${all.length}份，涉及${agencies}个机关。其中${withErrors}份存在错误，${onlyWarnings}份只有警告，${clean}份未发现错误和警告` +
    `${unreadable ? `，${unreadable}份无法读取` : ""}。共发现错误${sum("errors")}条、警告${sum("warnings")}条、提示${sum("infos")}条` +
    `${dismissed ? `（审核人核实为“不是问题”的${dismissed}条未计入）` : ""}。`
  );
}

/** The rules with most findings, as a table; the same ranking as the batch chart. */
function frequentItems(all: Counted[], chart: DocImage | undefined): DocItem[] {
  const results: CheckResult[] = all.map(({ file, findings }) => ({ ...file.result, findings }));
  const rules = frequentRules(results, (rule) => ruleById(rule)?.title);
  if (rules.length === 0) return [text("未发现问题。")];
  const rows = rules.map((rule, index) => [
    String(index + 1),
    { text: rule.label, note: rule.rule },
    SEVERITY_LABELS[rule.severity],
    String(rule.count),
    String(rule.files),
  ]);
  return [{ kind: "table", table: { header: FREQUENT_HEADER, rows, weights: [0.7, 5, 1, 1.2, 1.3] } }, ...(chart ? [{ kind: "image" as const, image: chart }] : [])];
}

/** Reports with most errors first, then most warnings; those that could not be read last. */
function ranked(all: Counted[]): Counted[] {
  const unreadable = (one: Counted) => (one.file.result.error ? 1 : 0);
  return [...all].sort((a, b) => unreadable(a) - unreadable(b) || b.errors - a.errors || b.warnings - a.warnings || agencyOrName(a.file).localeCompare(agencyOrName(b.file), "zh"));
}

function agencyRows(all: Counted[]): string[][] {
  return ranked(all).map(({ file, errors, warnings, infos }, index) => {
    const counts = file.result.error ? ["", "", ""] : [String(errors), String(warnings), String(infos)];
    return [String(index + 1), agencyOrName(file), yearText(file.result.report), ...counts, statusText(file)];
  });
}

/** Each report's five figures, and their totals: "123", or "120（1份未填）" when some report leaves it empty. */
function figureRows(files: ExportFile[]): string[][] {
  const readable = files.filter((file) => file.result.report);
  const values = readable.map((file) => KEY_FIGURES.map(({ of }) => of(file.result.report!)));
  const rows = readable.map((file, index) => [agencyOrName(file), yearText(file.result.report), ...values[index].map((value) => (value === null ? "未填" : String(value)))]);
  const totals = KEY_FIGURES.map((_, column) => {
    const filled = values.map((row) => row[column]).filter((value): value is number => value !== null);
    const missing = values.length - filled.length;
    return `${filled.reduce((a, b) => a + b, 0)}${missing ? `（${missing}份未填）` : ""}`;
  });
  return [...rows, [TOTAL_LABEL, "", ...totals]];
}

export interface BriefOptions {
  /** The batch chart (the most frequent problems) as a PNG. */
  chart?: DocImage;
  /** The office that signs, from the letter form. */
  signer?: string;
}

export function briefDocument(files: ExportFile[], now: Date, { chart, signer }: BriefOptions = {}): ExportDocument {
  const all = files.map(counted);
  const items: DocItem[] = [
    { kind: "title", text: BRIEF_TITLE },
    { kind: "heading", text: "一、总体情况" },
    text(overview(all)),
    { kind: "heading", text: "二、出现最多的问题" },
    ...frequentItems(all, chart),
    { kind: "heading", text: "三、各机关情况（按错误数排序）" },
    { kind: "table", table: { header: AGENCIES_HEADER, rows: agencyRows(all), weights: [0.7, 3.6, 0.9, 0.8, 0.8, 0.8, 2.4] } },
    { kind: "heading", text: "四、主要数据" },
    { kind: "table", table: { header: FIGURES_HEADER, rows: figureRows(files), weights: [3, 0.9, 1, 1.2, 1, 1, 1] } },
    { kind: "right", text: signer || "（审核单位）" },
    { kind: "right", text: chineseDate(now) },
  ];
  return { title: BRIEF_TITLE, parts: [items] };
}
