/**
 * A DOCX shown as the user wrote it: mammoth's HTML (made in a worker, from a package of bounded size),
 * sanitised, with the findings drawn on the paragraph, the characters or the table cell they are about.
 * Blocks are found by their text (docx-align.ts).
 */
import type { Block, ParagraphBlock, TableBlock, TableCell } from "../../core/model/document";
import { alignBlocks, compact, type RenderedBlock } from "./docx-align";
import { markCharacters, markPlace } from "./highlight";
import { characterRange, pointsAtBlock, pointsAtCell, type IndexedFinding } from "./locate";
import { sanitizeHtml } from "./sanitize";
import type { DocxHtmlAnswer } from "../../workers/docx-html.worker";

/** Longest mammoth may take in its worker before the document is drawn from its blocks instead. */
const DRAW_SECONDS = 20;

/** mammoth's HTML for the document, from a worker of its own that is stopped when it answers or runs out of time. */
function docxHtml(bytes: Uint8Array): Promise<string> {
  const worker = new Worker(new URL("../../workers/docx-html.worker.ts", import.meta.url), { type: "module" });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), DRAW_SECONDS * 1000);
    worker.addEventListener("message", (event: MessageEvent<DocxHtmlAnswer>) => {
      clearTimeout(timer);
      if ("html" in event.data) resolve(event.data.html);
      else reject(new Error(event.data.failure));
    });
    worker.addEventListener("error", () => reject(new Error("worker failed")));
    // A copy of the file's own bytes: the page keeps them for later.
    const copy = bytes.slice().buffer;
    worker.postMessage(copy, [copy]);
  }).finally(() => worker.terminate());
}

/** The document's HTML, made safe. */
export async function docxFragment(bytes: Uint8Array): Promise<DocumentFragment> {
  return sanitizeHtml(await docxHtml(bytes));
}

/** An element's own text: a list item's nested lists are items of their own. */
function ownText(element: Element): string {
  let text = "";
  for (const child of element.childNodes) {
    if (child instanceof Element && (child.localName === "ul" || child.localName === "ol")) continue;
    text += child instanceof Element ? ownText(child) : (child.textContent ?? "");
  }
  return text;
}

/** The paragraphs and tables of the rendered document in order; paragraphs inside tables belong to their table. */
function renderedBlocks(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("p, h1, h2, h3, h4, h5, h6, li, table")].filter(
    (element) => !element.parentElement?.closest("table"),
  );
}

function describe(element: HTMLElement): RenderedBlock {
  return element.localName === "table" ? { kind: "table", text: element.textContent ?? "" } : { kind: "paragraph", text: ownText(element) };
}

/** Grid row and column → the rendered cell covering it, counting colspan and rowspan. */
function cellGrid(table: HTMLTableElement): HTMLTableCellElement[][] {
  const grid: HTMLTableCellElement[][] = [];
  [...table.rows].forEach((row, rowIndex) => {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of row.cells) {
      while (grid[rowIndex][column]) column++;
      for (let r = rowIndex; r < rowIndex + cell.rowSpan; r++) {
        grid[r] ??= [];
        for (let c = column; c < column + cell.colSpan; c++) grid[r][c] = cell;
      }
      column += cell.colSpan;
    }
  });
  return grid;
}

/**
 * The rendered cell showing `cell`: the one at its grid place when the text agrees, else the cell of the
 * same row with its text (mammoth ignores w:gridBefore, which shifts a row's cells).
 */
function renderedCell(grid: HTMLTableCellElement[][], cell: TableCell): HTMLTableCellElement | undefined {
  const { row: cellRow, column: cellColumn } = (cell.location.kind === "docx" && cell.location.cell) || { row: -1, column: -1 };
  const row = grid[cellRow] ?? [];
  const text = compact(cell.text);
  const atPlace = row[cellColumn];
  if (atPlace && compact(atPlace.textContent ?? "") === text) return atPlace;
  return (text && row.find((candidate) => compact(candidate.textContent ?? "") === text)) || atPlace;
}

function placeCells(element: HTMLTableElement, block: TableBlock, findings: IndexedFinding[]): void {
  const grid = cellGrid(element);
  for (const cell of block.rows.flat()) {
    const items = findings.filter(({ finding }) => pointsAtCell(cell, finding.location));
    const shown = items.length > 0 ? renderedCell(grid, cell) : undefined;
    if (shown) markPlace(shown, items);
  }
}

function placeParagraph(element: HTMLElement, block: ParagraphBlock, items: IndexedFinding[]): void {
  const whole: IndexedFinding[] = [];
  for (const item of items) {
    const range = characterRange(block, item.finding.location);
    const marks = range ? markCharacters(element, block.text, range, item) : [];
    if (marks.length === 0) whole.push(item);
  }
  if (whole.length > 0) markPlace(element, whole);
}

/** Draws each finding on the element that shows its block. */
export function placeFindings(root: HTMLElement, blocks: Block[], findings: IndexedFinding[]): void {
  const elements = renderedBlocks(root);
  const shownAt = alignBlocks(blocks, elements.map(describe));
  blocks.forEach((block, index) => {
    const element = elements[shownAt[index]];
    if (!element) return;
    const items = findings.filter(({ finding }) => pointsAtBlock(block, finding.location));
    if (block.type === "table") {
      placeCells(element as HTMLTableElement, block, findings);
      if (items.length > 0) markPlace(element, items);
    } else if (items.length > 0) {
      placeParagraph(element, block, items);
    }
  });
}
