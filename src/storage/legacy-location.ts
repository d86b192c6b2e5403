/**
 * Results stored before the typed location (history schema version 6, history export file version 2)
 * held each location as one object of optional fields: `column` was a text column, or on a table cell
 * the template column key (the text column then in `textColumn`); a finding about several cells listed
 * them in `cells`. These functions bring such a result to the shape of src/core/model/location.ts.
 * Fields are read as they were written by the app; anything else is left for the import's check.
 */
import type { Block, TableCell, TextSpan } from "../core/model/document";
import { compareLocations, type Box, type Location, type PageBox, type TemplateRef } from "../core/model/location";
import type { CheckResult, Finding, Section } from "../core/model/report";

/** A location as stored before version 6. */
export interface LegacyLocation {
  table?: TemplateRef["table"];
  row?: string;
  column?: number | string;
  textColumn?: number;
  page?: number;
  box?: Box;
  boxes?: PageBox[];
  block?: number;
  start?: number;
  end?: number;
  cellRow?: number;
  cellColumn?: number;
  line?: number;
  endLine?: number;
  endColumn?: number;
  cells?: LegacyLocation[];
}

function template({ table, row, column }: LegacyLocation): Pick<Location, "template"> {
  if (table === undefined) return {};
  return { template: { table, ...(row !== undefined && { row }), ...(typeof column === "string" && { column }) } };
}

function textColumn(old: LegacyLocation): number {
  return typeof old.column === "number" ? old.column : (old.textColumn ?? 1);
}

/** One stored location in the typed shape; an empty one (a finding about the whole file) becomes `{ kind: "file" }`. */
export function upgradeLocation(old: LegacyLocation): Location {
  const cell = template(old);
  const first = old.boxes?.[0];
  if (old.page !== undefined && old.box) return { kind: "pdf", page: old.page, box: old.box, ...(old.boxes && { boxes: old.boxes }), ...cell };
  if (first) return { kind: "pdf", page: first.page, box: first.box, boxes: old.boxes, ...cell };
  if (old.line !== undefined) {
    const column = textColumn(old);
    return { kind: "text", line: old.line, column, endLine: old.endLine ?? old.line, endColumn: old.endColumn ?? column, ...cell };
  }
  if (old.block !== undefined) {
    return {
      kind: "docx",
      block: old.block,
      ...(old.start !== undefined && { start: old.start }),
      ...(old.end !== undefined && { end: old.end }),
      ...(old.cellRow !== undefined && { cell: { row: old.cellRow, column: old.cellColumn ?? 0 } }),
      ...cell,
    };
  }
  return { kind: "file", ...cell };
}

/** Whether a value is a location of the old shape (not one already typed, nor something else). */
function isLegacy(value: unknown): value is LegacyLocation {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !("kind" in value);
}

function location<T>(value: T): T | Location {
  return isLegacy(value) ? upgradeLocation(value) : value;
}

function cell(value: TableCell): TableCell {
  return { ...value, location: location(value.location) as Location };
}

function block(value: Block): Block {
  if (value.type === "table") return { ...value, location: location(value.location) as Location, rows: value.rows?.map((row) => row.map(cell)) };
  const spans = value.spans?.map((span): TextSpan => ({ ...span, location: location(span.location) as Location }));
  return { ...value, location: location(value.location) as Location, ...(spans && { spans }) };
}

/** A finding: its location typed; the cells a finding about several cells listed become its places. */
function finding(value: Finding): Finding {
  const old = value.location as unknown;
  const cells = isLegacy(old) ? old.cells : undefined;
  const places = value.places?.map((place) => location(place) as Location) ?? cells?.map(upgradeLocation);
  return { ...value, location: location(value.location) as Location, ...(places && { places }) };
}

function section(value: Section): Section {
  return { ...value, location: location(value.location) as Location };
}

/**
 * A stored check result with every location (blocks, cells, spans, sections, findings) in the typed shape,
 * and its findings in the order the checker lists them now (document order to the character, not the line).
 */
export function upgradeResult(result: CheckResult): CheckResult {
  const report = result.report && { ...result.report, sections: result.report.sections?.map(section) };
  return {
    ...result,
    ...(report && { report }),
    ...(result.blocks && { blocks: result.blocks.map(block) }),
    ...(result.findings && { findings: result.findings.map(finding).sort((a, b) => compareLocations(a.location, b.location)) }),
  };
}
