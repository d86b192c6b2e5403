/**
 * Which pages to read the drawing operators of. Ruling lines matter only where they frame text that
 * belongs to a table, and reading them costs pdf.js as much again as the text: so they are read on
 * the pages whose text holds a line that may be a table's row (unruled.ts), and on each page next to
 * one, where a table broken by a page break goes on or starts with a framed title row or a cut cell.
 * Elsewhere a page is text lines only, which is what its ruling would give: a framed paragraph or a
 * frame around the page is read as its lines.
 */
import { pageLines, PAGE_NUMBER, type TextLine } from "./lines";
import type { PdfText } from "./page";
import { mayBeTableRow } from "./unruled";

/** A page number at the page's top or bottom is dropped by the layout, and is no table's row. */
function isPageNumber(lines: TextLine[], index: number): boolean {
  return (index === 0 || index === lines.length - 1) && PAGE_NUMBER.test(lines[index].text);
}

function mayHoldTable(texts: PdfText[]): boolean {
  const lines = pageLines(texts);
  // A loop, not an inline callback, which V8 would compile again after each full collection (ruling.ts).
  for (let index = 0; index < lines.length; index++) if (!isPageNumber(lines, index) && mayBeTableRow(lines[index])) return true;
  return false;
}

/** For each page (by its text items), whether to read its ruling lines. */
export function pagesWithTables(pages: PdfText[][]): boolean[] {
  const holds = pages.map(mayHoldTable);
  return holds.map((holdsTable, i) => holdsTable || holds[i - 1] === true || holds[i + 1] === true);
}
