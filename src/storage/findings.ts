/**
 * Which findings of two checks are the same finding. Within one file the key of src/shared/finding-key.ts
 * (rule, place, message) holds. Between versions of a report the places move (a paragraph added above
 * shifts every line), so there a finding is the same when its rule, table cell and message are.
 */
import type { Finding } from "../core/model/report";
import { findingKey } from "../shared/finding-key";

export { findingKey };

/** A finding without its place in the file: rule, table cell, message. */
export function findingIdentity(finding: Finding): string {
  const { table, row, column } = finding.location.template ?? {};
  return [finding.rule, table ?? "", row ?? "", column ?? "", finding.message].join("|");
}

/**
 * Pairs the findings of a later check with those of an earlier one: the same key first, then the same
 * identity, each earlier finding used once. Returns, for each later finding, its earlier match or null.
 */
export function pairFindings(earlier: Finding[], later: Finding[]): (Finding | null)[] {
  const unused = new Set(earlier);
  const take = (test: (candidate: Finding) => boolean): Finding | null => {
    for (const candidate of unused) {
      if (test(candidate)) {
        unused.delete(candidate);
        return candidate;
      }
    }
    return null;
  };
  const byKey = later.map((finding) => take((candidate) => findingKey(candidate) === findingKey(finding)));
  return later.map((finding, index) => byKey[index] ?? take((candidate) => findingIdentity(candidate) === findingIdentity(finding)));
}
