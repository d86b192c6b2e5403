/** What the cross-year rules share: last year's report from the history, its counts and its prose. */
import type { Block } from "../../model/document";
import type { TableCellRef } from "../../model/location";
import type { FormatVersion, Report } from "../../model/report";
import { tableValue } from "../../model/table-values";
import { validCount } from "./cells";
import { parseDocument } from "../../parse/index";
import type { ParsedReport } from "../../parse/parsed";
import type { EarlierReport, RuleContext } from "../rule";

/** The report of the year before this one; of several checks of that year, the latest. */
export function lastYear({ parsed, history }: RuleContext): EarlierReport | undefined {
  const { year } = parsed.report;
  if (year === null || !history) return undefined;
  return history
    .filter((earlier) => earlier.report.year === year - 1)
    .reduce<EarlierReport | undefined>((latest, earlier) => (!latest || Date.parse(earlier.checkedAt) > Date.parse(latest.checkedAt) ? earlier : latest), undefined);
}

/** Last year's report when both reports' tables can be compared: neither from before 2019, or both 2021 for 表二. */
export function comparableLastYear(context: RuleContext, table: TableCellRef["table"]): EarlierReport | undefined {
  const earlier = lastYear(context);
  if (!earlier) return undefined;
  const versions: FormatVersion[] = [context.parsed.report.formatVersion, earlier.report.formatVersion];
  const comparable = table === "t2" ? versions.every((version) => version === "2021") : !versions.includes("pre-2019");
  return comparable ? earlier : undefined;
}

/** A count in an earlier report's tables, or null when that cell was missing, empty or not a count. */
export function earlierCount(report: Report, ref: TableCellRef): number | null {
  return validCount(tableValue(report, ref));
}

/** The paragraphs' text, tables left out: the part of a report its authors write themselves. */
export function prose(blocks: Block[]): string {
  return blocks.map((block) => (block.type === "paragraph" ? block.text : "")).join("\n");
}

/** An earlier report read again from its saved blocks, for its sections (the parser does not use the format). */
export function parseEarlier(earlier: EarlierReport): ParsedReport {
  return parseDocument({ format: "other", blocks: earlier.blocks });
}
