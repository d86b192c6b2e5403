/**
 * Plain-text reports, as copied or saved from Word/WPS (the seeds' style): paragraphs one per line;
 * tables either one cell per line after a tab (rows separated by blank lines, a wrapped label continuing
 * on the next line without a tab) or whole rows separated by tabs.
 */
import type { Block, ExtractedDocument, TableCell } from "../model/document";
import type { TextLocation } from "../model/location";
import { decodeText } from "./decode";
import { normalizeText } from "./normalize-text";

type LineKind = "cell" | "row" | "blank" | "space" | "text";

function lineKind(line: string): LineKind {
  if (line === "") return "blank";
  if (/^\t[^\t]*$/.test(line)) return "cell";
  if (line.trim() === "") return line.includes("\t") ? "row" : "space";
  return line.includes("\t") ? "row" : "text";
}

/** A short line without a tab inside a table is the rest of a wrapped cell ("商业" / "企业"). */
const MAX_CONTINUATION_LENGTH = 6;

function isContinuation(lines: string[], kinds: LineKind[], index: number): boolean {
  if (lines[index].trim().length > MAX_CONTINUATION_LENGTH) return false;
  for (let next = index + 1; next < lines.length; next++) {
    if (kinds[next] === "blank" || kinds[next] === "space") continue;
    return kinds[next] === "cell" || kinds[next] === "row";
  }
  return false;
}

function lineLocation(line: number, startColumn: number, text: string): TextLocation {
  return { kind: "text", line, column: startColumn, endLine: line, endColumn: startColumn + text.length };
}

/** A cell of a text table: its location stays a text range, so it can be extended. */
type TextCell = TableCell & { location: TextLocation };

function cell(text: string, line: number, column: number): TextCell {
  return { text, location: lineLocation(line, column, text) };
}

/** Cells of a tab-separated row, each with its column. */
function splitRow(line: string, lineNumber: number): TextCell[] {
  const cells: TextCell[] = [];
  let column = 1;
  for (const part of line.split("\t")) {
    cells.push(cell(part, lineNumber, column));
    column += part.length + 1;
  }
  return cells;
}

function extendCell(target: TextCell, text: string, lineNumber: number): void {
  target.text += "\n" + text;
  target.location = { ...target.location, endLine: lineNumber, endColumn: 1 + text.length };
}

interface TableBuilder {
  rows: TextCell[][];
  open: TextCell[] | null;
  firstLine: number;
  lastLine: number;
}

function finishTable(table: TableBuilder): Block {
  const rows = table.rows.filter((row) => row.length > 0);
  return {
    type: "table",
    rows,
    location: { kind: "text", line: table.firstLine, column: 1, endLine: table.lastLine, endColumn: 1 },
  };
}

export function textToBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const kinds = lines.map(lineKind);
  const blocks: Block[] = [];
  let table: TableBuilder | null = null;

  const closeTable = () => {
    if (table) blocks.push(finishTable(table));
    table = null;
  };

  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const kind = kinds[index];
    if (kind === "cell" || kind === "row") {
      table ??= { rows: [], open: null, firstLine: lineNumber, lastLine: lineNumber };
      table.lastLine = lineNumber;
      if (kind === "cell") {
        if (!table.open) table.rows.push((table.open = []));
        table.open.push(cell(line.slice(1), lineNumber, 2));
      } else {
        table.rows.push(splitRow(line, lineNumber));
        table.open = null;
      }
      return;
    }
    if (table && kind === "blank") {
      table.open = null;
      return;
    }
    if (table && kind === "space") return;
    if (table && kind === "text" && isContinuation(lines, kinds, index)) {
      const lastRow = table.rows[table.rows.length - 1];
      extendCell(lastRow[lastRow.length - 1], line, lineNumber);
      table.open = lastRow;
      table.lastLine = lineNumber;
      return;
    }
    closeTable();
    if (kind === "text") blocks.push({ type: "paragraph", text: line, location: lineLocation(lineNumber, 1, line) });
  });
  closeTable();
  return blocks;
}

export function extractText(bytes: Uint8Array): ExtractedDocument {
  return { format: "txt", blocks: textToBlocks(normalizeText(decodeText(bytes))) };
}
