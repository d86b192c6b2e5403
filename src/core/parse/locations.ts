import type { Location } from "../model/location";

/** One location spanning several of one file: text from the first start to the last end; PDF boxes listed; the first Word block. */
export function mergeLocations(locations: Location[]): Location {
  const [first] = locations;
  const last = locations[locations.length - 1];
  if (locations.length <= 1) return first;
  if (first.kind === "text" && last.kind === "text") {
    return { kind: "text", line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
  }
  if (first.kind === "pdf") {
    const boxes = locations.flatMap((location) => (location.kind === "pdf" ? (location.boxes ?? [{ page: location.page, box: location.box }]) : []));
    return { kind: "pdf", page: first.page, box: first.box, boxes };
  }
  return first.kind === "docx" ? { kind: "docx", block: first.block } : first;
}
