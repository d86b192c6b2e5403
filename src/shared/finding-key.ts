/** The stable key of a finding, under which a reviewer's decision is kept (and, later, stored). */
import type { Finding } from "../core/model/report";
import { locationText } from "./present";

/**
 * Rule, place and message: the same finding of the same file gets the same key whenever it is checked
 * again, in whatever order the findings come. The place is the one the user reads (第3页, 第12行) plus the
 * table cell, not raw coordinates, which may shift by a point between two readings.
 */
export function findingKey(finding: Finding): string {
  const { table, row, column } = finding.location;
  const cell = table ? `${table}.${row ?? ""}.${typeof column === "string" ? column : ""}` : "";
  return [finding.rule, locationText(finding.location), cell, finding.message].join("|");
}
