/**
 * Pages → blocks in reading order: ruled tables rebuilt from their grid (a table that runs on over page
 * breaks is one block), the remaining text as lines joined into paragraphs, page numbers dropped.
 */
import type { Block } from "../../model/document";
import { area, centre, contains } from "./geometry";
import { groupLines, pageLines, PAGE_NUMBER, type TextLine } from "./lines";
import type { PageFrames } from "./locations";
import type { PageContent, PdfText } from "./page";
import { continuesParagraph, margins, paragraphBlock, type PageLine } from "./paragraphs";
import { findGrids, type Grid } from "./ruling";
import { buildTable, type PdfTable } from "./table";
import { joinTable, type TablePart } from "./table-join";
import { unruledTables } from "./unruled";

/** A line of text, or a table with, for a framed single-column box, its text read as lines. */
type Element = { top: number } & ({ line: TextLine; table?: never } | { table: PdfTable; lines: TextLine[]; line?: never });


// Module-level helpers rather than inline callbacks, which V8 compiles again after each full collection (ruling.ts).
const left = (line: TextLine) => line.box[0];
const right = (line: TextLine) => line.box[2];
const bySmallestArea = (a: Grid, b: Grid) => area(a.box) - area(b.box);
const topDown = (a: Element, b: Element) => b.top - a.top;

function textWidth(lines: TextLine[]): number {
  return lines.length ? Math.max(...lines.map(right)) - Math.min(...lines.map(left)) : 0;
}

/** The first grid holding point (x, y), or -1. */
function gridAt(grids: Grid[], x: number, y: number): number {
  for (let i = 0; i < grids.length; i++) if (contains(grids[i].box, x, y)) return i;
  return -1;
}

/**
 * A ruled grid's table. A bare frame (no line inside, perhaps rules between rows) may hold a table
 * whose columns are not ruled: its text is then read as unruled tables and lines.
 */
function gridElements(grid: Grid, texts: PdfText[], page: number, freeWidth: number): Element[] {
  if (!texts.length) return [];
  const lines = groupLines(texts);
  if (grid.singleColumn) {
    const { tables, rest } = unruledTables(lines, page, Math.max(freeWidth, grid.box[2] - grid.box[0]));
    if (tables.length) return [...rest.map((line) => ({ line, top: line.box[3] })), ...tables.map(({ table, lines }) => ({ table, lines, top: table.box[3] }))];
  }
  return [{ table: buildTable(grid, texts, page), lines, top: grid.box[3] }];
}

function pageElements(content: PageContent, page: number): Element[] {
  // Smallest first, so that text goes to a table rather than to a frame drawn around it.
  const grids = findGrids(content.segments).sort(bySmallestArea);
  const inGrid = grids.map((): PdfText[] => []);
  const free: PdfText[] = [];
  for (const text of grids.length ? content.texts : []) {
    const [x, y] = centre(text.box);
    let index = gridAt(grids, x, y);
    // Chromium draws the last line of a cell cut by a page break just under the cell's bottom rule.
    if (index < 0) index = gridAt(grids, x, y + 0.5 * text.size);
    (index >= 0 ? inGrid[index] : free).push(text);
  }
  // Without a grid every item is free: the page's lines as table-pages.ts grouped them.
  const freeLines = grids.length ? groupLines(free) : pageLines(content.texts);
  const { tables, rest } = unruledTables(freeLines, page, textWidth(freeLines));
  const elements: Element[] = [
    ...rest.map((line) => ({ line, top: line.box[3] })),
    ...tables.map(({ table, lines }) => ({ table, lines, top: table.box[3] })),
    ...grids.flatMap((grid, i) => gridElements(grid, inGrid[i], page, textWidth(freeLines))),
  ].sort(topDown);
  const isPageNumber = (element: Element | undefined) => element?.line !== undefined && PAGE_NUMBER.test(element.line.text);
  if (isPageNumber(elements[elements.length - 1])) elements.pop();
  if (isPageNumber(elements[0])) elements.shift();
  return elements;
}

const isTable = (element: Element | undefined) => element?.table !== undefined && !element.table.singleColumn && !element.table.tentative;

/**
 * A framed single-column box, or an unruled table's header rows alone at a page's end, is part of a
 * table only where it meets a table across a page break; elsewhere it is read as lines.
 */
function resolveFramedBoxes(pages: Element[][]): Element[][] {
  const framed = (element: Element) => element.table?.singleColumn || element.table?.tentative;
  return pages.map((elements, p) =>
    !elements.some(framed) ? elements : elements.flatMap((element, index) => {
      if (!element.table?.singleColumn && !element.table?.tentative) return [element];
      const endsPage = index === elements.length - 1 && isTable(pages[p + 1]?.[0]);
      const opensPage = index === 0 && isTable(pages[p - 1]?.[pages[p - 1].length - 1]);
      return endsPage || opensPage ? [element] : element.lines.map((line) => ({ line, top: line.box[3] }));
    }),
  );
}

export function layoutBlocks(contents: PageContent[]): Block[] {
  const pages = resolveFramedBoxes(contents.map((content, i) => pageElements(content, i + 1)));
  const frames: PageFrames = new Map(contents.map((content, i) => [i + 1, content.toUser]));
  const edges = margins(pages.flat().flatMap((element) => (element.line ? [element.line] : [])));
  const blocks: Block[] = [];
  let lines: PageLine[] = [];
  let tableParts: TablePart[] = [];
  const close = () => {
    if (lines.length) blocks.push(paragraphBlock(lines, frames));
    if (tableParts.length) blocks.push(joinTable(tableParts, frames));
    lines = [];
    tableParts = [];
  };
  pages.forEach((elements, p) => {
    const page = p + 1;
    elements.forEach((element, index) => {
      if (element.table) {
        // A table that ends one page and opens the next is one table broken by the page.
        const runsOn = index === 0 && tableParts.length > 0 && tableParts[tableParts.length - 1].page === page - 1;
        if (!runsOn) close();
        tableParts.push({ table: element.table, page });
        return;
      }
      const next = { line: element.line, page };
      if (tableParts.length || !lines.length || !continuesParagraph(lines, next, edges)) close();
      lines.push(next);
    });
  });
  close();
  return blocks;
}
