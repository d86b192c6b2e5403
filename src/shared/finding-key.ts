/** The stable key of a finding, under which a reviewer's decision is kept (and, later, stored). */
import type { Finding } from "../core/model/report";
import { describeLocation } from "../core/model/location";

/**
 * Rule, place and message: the same finding of the same file gets the same key whenever it is checked
 * again, in whatever order the findings come. The place is the one the user reads (第3页, 第12行) plus the
 * table cell, not raw coordinates, which may shift by a point between two readings.
 */
export function findingKey(finding: Finding): string {
  const { template } = finding.location;
  const cell = template ? `${template.table}.${template.row ?? ""}.${template.column ?? ""}` : "";
  // The place without its cell, which follows in its own form: the keys kept in histories stay the same.
  return [finding.rule, describeLocation({ ...finding.location, template: undefined }), cell, finding.message].join("|");
}
