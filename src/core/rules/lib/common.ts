/** Helpers shared by the rule groups. Small, separate functions: each group adds its own. */
import type { ExtractedDocument } from "../../model/document";
import { WHOLE_FILE, type Location } from "../../model/location";
import type { ParsedTable } from "../../parse/parsed";

/**
 * Whether every value cell of a table that was found is blank (an unfilled template). Such a table gets
 * one `structure/table-empty` finding, and the value-int rules stay silent on it.
 */
export function isTableEmpty(table: ParsedTable): boolean {
  return table.rows.length > 0 && table.rows.every((row) => Object.values(row.cells).every((cell) => cell.problem === "empty"));
}

/** The document's first place: line 1 of a text, else the first block; for findings about something absent at the top. */
export function documentStart(document: ExtractedDocument): Location {
  if (document.format === "txt" || document.format === "html") return { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 1 };
  return document.blocks[0]?.location ?? WHOLE_FILE;
}

/**
 * The end of a block, for a finding about something absent that belongs right after it: a paragraph's
 * own place, a table's last cell. Before the first block (index < 0) it is the document's start.
 */
export function locationAfter(document: ExtractedDocument, index: number): Location {
  const block = document.blocks[index];
  if (!block) return documentStart(document);
  if (block.type === "paragraph") return block.location;
  const lastRow = block.rows[block.rows.length - 1];
  return lastRow?.[lastRow.length - 1]?.location ?? block.location;
}
