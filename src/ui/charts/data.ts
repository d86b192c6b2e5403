/**
 * What the charts show, from the report model and the check results: plain data for each chart, the
 * sentence that describes it to a screen reader, and the same figures as a table. An empty cell is 未填,
 * never 0: a sum with an empty cell in it is not made.
 */
import { SEVERITY_LABELS, type CellValue, type CheckResult, type Report } from "../../core/model/report";
import { KEY_FIGURES, sumOrNull, type FigureKey } from "../../core/model/key-figures";

export type { FigureKey };
import { T3_OTHER_ROWS, T3_ROWS } from "../../core/model/template";
import type { RuleFrequency } from "../../shared/frequent-rules";
import { findingsOfSeverity } from "../../shared/present";

export const UNFILLED = "未填";

/** The same figures as the chart, for a `<table>`: a heading per column, then a row per label. */
export interface DataTable {
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export function figureText(value: CellValue): string {
  return value === null ? UNFILLED : String(value);
}


// ---------------------------------------------------------------- where one report's applications went

export type OutcomeKey = "disclosed" | "partly_disclosed" | "withheld" | "unavailable" | "rejected" | "other" | "carried_forward";

export interface Outcome {
  key: OutcomeKey;
  label: string;
  /** The sum of its rows' 总计 cells in 表三; null (未填) when any of them is empty or missing. */
  value: number | null;
  /** How many of those cells are empty or missing, of how many. */
  unfilled: number;
  cells: number;
}

function rowsUnder(parent: string): string[] {
  return T3_ROWS.filter((row) => row.parent === parent).map((row) => row.key);
}

/** （六）其他处理 is its three rows, or the one row `other_total` when the report collapsed them. */
function otherRows(report: Report): string[] {
  return report.tables.t3?.other_total ? ["other_total"] : T3_OTHER_ROWS;
}

const OUTCOME_ROWS: { key: OutcomeKey; label: string; rows: (report: Report) => string[] }[] = [
  { key: "disclosed", label: "予以公开", rows: () => ["disclosed"] },
  { key: "partly_disclosed", label: "部分公开", rows: () => ["partly_disclosed"] },
  { key: "withheld", label: "不予公开", rows: () => rowsUnder("（三）不予公开") },
  { key: "unavailable", label: "无法提供", rows: () => rowsUnder("（四）无法提供") },
  { key: "rejected", label: "不予处理", rows: () => rowsUnder("（五）不予处理") },
  { key: "other", label: "其他处理", rows: otherRows },
  { key: "carried_forward", label: "结转下年度", rows: () => ["carried_forward"] },
];

/** 表三's 总计 column by outcome: the six kinds of （七）总计, then 四、结转下年度继续办理. */
export function outcomeBreakdown(report: Report): Outcome[] {
  return OUTCOME_ROWS.map(({ key, label, rows }) => {
    const values = rows(report).map((row) => report.tables.t3?.[row]?.total);
    return { key, label, value: sumOrNull(values), unfilled: values.filter((value) => typeof value !== "number").length, cells: values.length };
  });
}

/** "27", "未填", or "未填（8格中1格）" when only some of its cells are empty. */
export function outcomeText(outcome: Outcome): string {
  if (outcome.value !== null) return String(outcome.value);
  return outcome.unfilled === outcome.cells ? UNFILLED : `${UNFILLED}（${outcome.cells}格中${outcome.unfilled}格）`;
}

export function outcomeSummary(outcomes: Outcome[]): string {
  const parts = outcomes.map((outcome) => (outcome.value === null ? `${outcome.label}未填` : `${outcome.label}${outcome.value}件`));
  return `申请办理结果（表三总计列）：${parts.join("，")}。`;
}

export function outcomeTable(report: Report, outcomes: Outcome[]): DataTable {
  const [carried] = outcomes.filter((outcome) => outcome.key === "carried_forward");
  const results = outcomes.filter((outcome) => outcome !== carried);
  return {
    columns: ["办理结果", "件数"],
    rows: [
      ...results.map((outcome) => ({ label: outcome.label, cells: [outcomeText(outcome)] })),
      { label: "办结合计（（七）总计）", cells: [figureText(report.tables.t3?.total?.total ?? null)] },
      { label: carried.label, cells: [outcomeText(carried)] },
    ],
  };
}

// ---------------------------------------------------------------- a batch: errors and warnings per file

export interface FileCounts {
  name: string;
  errors: number;
  warnings: number;
}

/** Files that could be read, in the order given; unreadable and unfinished ones have no counts. */
export function severityPerFile(results: CheckResult[]): FileCounts[] {
  return results
    .filter((result) => !result.error && result.findings)
    .map((result) => ({
      name: result.file,
      errors: findingsOfSeverity(result.findings ?? [], "error").length,
      warnings: findingsOfSeverity(result.findings ?? [], "warning").length,
    }));
}

export function severitySummary(files: FileCounts[]): string {
  const errors = files.reduce((sum, file) => sum + file.errors, 0);
  const warnings = files.reduce((sum, file) => sum + file.warnings, 0);
  const worst = files.reduce<FileCounts | null>((most, file) => (file.errors > (most?.errors ?? 0) ? file : most), null);
  const worstText = worst ? `错误最多的是“${worst.name}”（${worst.errors}个）` : "都没有错误";
  return `${files.length}个文件的错误和警告：共有错误${errors}个、警告${warnings}个，${worstText}。`;
}

export function severityTable(files: FileCounts[]): DataTable {
  return {
    columns: ["文件", SEVERITY_LABELS.error, SEVERITY_LABELS.warning],
    rows: files.map((file) => ({ label: file.name, cells: [String(file.errors), String(file.warnings)] })),
  };
}

// ---------------------------------------------------------------- a batch: the most frequent rules

export function frequentRulesSummary(rules: RuleFrequency[]): string {
  if (rules.length === 0) return "没有发现问题。";
  const parts = rules.slice(0, 3).map((rule) => `“${rule.label}”${rule.count}次`);
  return `出现最多的规则：${parts.join("，")}。`;
}

export function frequentRulesTable(rules: RuleFrequency[]): DataTable {
  return {
    columns: ["规则", "编号", "级别", "出现次数", "涉及文件数"],
    rows: rules.map((rule) => ({ label: rule.label, cells: [rule.rule, SEVERITY_LABELS[rule.severity], String(rule.count), String(rule.files)] })),
  };
}

// ---------------------------------------------------------------- an agency over the years

export interface YearReport {
  year: number;
  report: Report;
}

export interface FigureSeries {
  key: FigureKey;
  label: string;
  /** One per year of `years`; null where the report leaves it empty. */
  values: (number | null)[];
}

export interface AgencyYears {
  years: number[];
  series: FigureSeries[];
}

/** The agency's key figures by year, oldest first; of two reports for one year the later in the list counts. */
export function agencyYears(reports: YearReport[]): AgencyYears {
  const byYear = new Map(reports.map(({ year, report }) => [year, report]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    years,
    series: KEY_FIGURES.map(({ key, label, of }) => ({ key, label, values: years.map((year) => of(byYear.get(year)!)) })),
  };
}

export function yearLabel(year: number): string {
  return `${year}年`;
}

export function agencyYearsSummary(agency: string, { years, series }: AgencyYears): string {
  if (years.length === 0) return `${agency}：没有年度报告。`;
  const span = years.length === 1 ? yearLabel(years[0]) : `${years[0]}—${yearLabel(years.at(-1)!)}`;
  const parts = series.map((figure) => `${figure.label}${figure.values.map(figureText).join("、")}`);
  return `${agency}${span}：${parts.join("；")}。`;
}

export function agencyYearsTable({ years, series }: AgencyYears): DataTable {
  return {
    columns: ["年度", ...series.map((figure) => figure.label)],
    rows: years.map((year, index) => ({ label: yearLabel(year), cells: series.map((figure) => figureText(figure.values[index])) })),
  };
}
