import type { Location } from "../model/location";

/** One location spanning several: text lines from the first start to the last end; PDF boxes listed. */
export function mergeLocations(locations: Location[]): Location {
  if (locations.length <= 1) return locations[0] ?? {};
  const first = locations[0];
  const last = locations[locations.length - 1];
  if (first.line !== undefined) {
    return { line: first.line, column: first.column, endLine: last.endLine ?? last.line, endColumn: last.endColumn };
  }
  if (first.page !== undefined && first.box) {
    const boxes = locations.filter((l) => l.page !== undefined && l.box).map((l) => ({ page: l.page!, box: l.box! }));
    return { page: first.page, box: first.box, boxes };
  }
  return { block: first.block };
}
