/**
 * A report's five key figures, as the batch summary, the boss's brief and the agency's chart over the
 * years all name them: 本年新收, 办结, 结转下年度, 行政复议 and 行政诉讼. An empty cell is null, never 0.
 */
import type { CellValue, Report } from "./report";

export type FigureKey = "new" | "closed" | "carried_forward" | "review" | "litigation";

/** The sum, or null when any part is empty (null) or missing (undefined). */
export function sumOrNull(values: (CellValue | undefined)[]): number | null {
  return values.every((value) => typeof value === "number") ? (values as number[]).reduce((sum, value) => sum + value, 0) : null;
}

export const KEY_FIGURES: { key: FigureKey; label: string; of: (report: Report) => number | null }[] = [
  { key: "new", label: "本年新收", of: (report) => report.tables.t3?.new?.total ?? null },
  { key: "closed", label: "办结（（七）总计）", of: (report) => report.tables.t3?.total?.total ?? null },
  { key: "carried_forward", label: "结转下年度", of: (report) => report.tables.t3?.carried_forward?.total ?? null },
  { key: "review", label: "行政复议总计", of: (report) => report.tables.t4?.review?.total ?? null },
  {
    key: "litigation",
    label: "行政诉讼总计",
    of: (report) => sumOrNull([report.tables.t4?.litigation_direct?.total, report.tables.t4?.litigation_after_review?.total]),
  },
];
