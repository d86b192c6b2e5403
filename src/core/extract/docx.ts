/**
 * DOCX reports, read from the main document part itself (fflate + xmldom) rather than from mammoth's
 * HTML: mammoth drops `w:gridBefore`, so such rows come out shifted a grid column; it has no size limit;
 * and its HTML no longer says which w:body child a paragraph was (README, "Reading DOCX").
 *
 * Blocks: the paragraphs and tables of `w:body` in document order, content controls opened; a block's
 * `location.block` is its index among them, empty paragraphs included (they are counted, not emitted).
 * Tables come as grids: a horizontally merged cell is one cell with `colSpan`; a vertically merged cell
 * is the first cell with `rowSpan`, and the rows it covers hold an empty cell at its place, so every
 * row lists its cells in grid order (label cells before value cells).
 */
import { unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import type { Block, ExtractedDocument, TableBlock, TableCell } from "../model/document";
import type { Location } from "../model/location";
import { ExtractError } from "./extract-error";
import { emptyCell, VerticalMerges } from "./grid-cells";
import { MAX_NESTING, MAX_PART_MB, MAX_TABLES, nestingProblem } from "./limits";
import { normalizeBlocks } from "./normalize-text";

const DEFAULT_MAIN_PART = "word/document.xml";

/** Elements whose content is not the document's visible text: deletions, field codes, drawings. */
const SKIPPED = new Set(["del", "moveFrom", "pPr", "rPr", "tblPr", "trPr", "tcPr", "sdtPr", "sdtEndPr", "drawing", "pict", "object", "AlternateContent"]);
/** Wrappers whose children stand in their place (content controls, custom XML, smart tags). */
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "smartTag"]);

function elementChildren(node: Node): Element[] {
  const children: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) children.push(child as Element);
  }
  return children;
}

/** Children of `node` with one of `names`, in order, looking through content controls and other wrappers. */
function childrenNamed(node: Node, ...names: string[]): Element[] {
  return elementChildren(node).flatMap((child) => {
    const name = child.localName ?? "";
    if (names.includes(name)) return [child];
    return WRAPPERS.has(name) ? childrenNamed(child, ...names) : [];
  });
}

function child(node: Element, name: string): Element | undefined {
  return elementChildren(node).find((c) => c.localName === name);
}

function attribute(element: Element | undefined, name: string): string | null {
  if (!element) return null;
  return element.getAttribute(`w:${name}`) || element.getAttributeNS(element.namespaceURI, name) || null;
}

function numberProperty(properties: Element | undefined, name: string): number {
  const value = Number(attribute(properties && child(properties, name), "val"));
  return Number.isInteger(value) && value > 0 ? value : 0;
}

// ---------------------------------------------------------------- text

function collectText(node: Element, out: string[]): void {
  for (const element of elementChildren(node)) {
    const name = element.localName ?? "";
    if (SKIPPED.has(name)) continue;
    if (name === "t") out.push(element.textContent ?? "");
    else if (name === "tab") out.push("\t");
    else if (name === "br" || name === "cr") out.push("\n");
    else if (name === "noBreakHyphen") out.push("-");
    else collectText(element, out);
  }
}

function paragraphText(paragraph: Element): string {
  const out: string[] = [];
  collectText(paragraph, out);
  return out.join("");
}

/** A cell's paragraphs (nested tables' included), one line each. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const visit = (node: Element) => {
    for (const element of elementChildren(node)) {
      if (element.localName === "p") lines.push(paragraphText(element));
      else if (!SKIPPED.has(element.localName ?? "")) visit(element);
    }
  };
  visit(cell);
  return lines.join("\n");
}

// ---------------------------------------------------------------- tables

function isDeletedRow(row: Element): boolean {
  const properties = child(row, "trPr");
  return Boolean(properties && child(properties, "del"));
}

function gridLocation(block: number, row: number, column: number): Location {
  return { kind: "docx", block, cell: { row, column } };
}

function readTable(table: Element, block: number): TableBlock {
  const rows: TableCell[][] = [];
  const merges = new VerticalMerges();
  const rowElements = childrenNamed(table, "tr").filter((row) => !isDeletedRow(row));
  rowElements.forEach((rowElement, rowIndex) => {
    const row: TableCell[] = [];
    let column = numberProperty(child(rowElement, "trPr"), "gridBefore");
    if (column > 0) row.push(emptyCell(gridLocation(block, rowIndex, 0), column));
    for (const cellElement of childrenNamed(rowElement, "tc")) {
      const properties = child(cellElement, "tcPr");
      const span = Math.max(1, numberProperty(properties, "gridSpan"));
      const location = gridLocation(block, rowIndex, column);
      const merge = properties && child(properties, "vMerge");
      if (merge && attribute(merge, "val") !== "restart" && merges.extend(column)) {
        row.push(emptyCell(location, span));
      } else {
        const cell: TableCell = { text: cellText(cellElement), location };
        if (span > 1) cell.colSpan = span;
        row.push(cell);
        merges.place(cell, column, span, Boolean(merge));
      }
      column += span;
    }
    rows.push(row);
  });
  return { type: "table", rows, location: { kind: "docx", block } };
}

// ---------------------------------------------------------------- package

/** The main document part's name, from the package relationships (`word/document.xml` by convention). */
function mainPartName(files: Record<string, Uint8Array>): string {
  const rels = files["_rels/.rels"];
  if (!rels) return DEFAULT_MAIN_PART;
  const match = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(new TextDecoder().decode(rels));
  const target = match && /Target="([^"]+)"/.exec(match[0]);
  return target ? target[1].replace(/^\//, "") : DEFAULT_MAIN_PART;
}

function unzip(bytes: Uint8Array, keep: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (!keep(file.name)) return false;
        if (file.originalSize > MAX_PART_MB * 1024 * 1024) {
          const megabytes = Math.round(file.originalSize / 1024 / 1024);
          throw new ExtractError("too-complex", `${file.name} 解压后约 ${megabytes} MB，超过 ${MAX_PART_MB} MB 的上限`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError("damaged-file", "压缩包无法解开");
  }
}

function readMainDocument(bytes: Uint8Array): string {
  const relations = unzip(bytes, (name) => name === "_rels/.rels");
  const mainPart = mainPartName(relations);
  const files = unzip(bytes, (name) => name === mainPart);
  if (!files[mainPart]) throw new ExtractError("damaged-file", `缺少正文部分 ${mainPart}`);
  return new TextDecoder().decode(files[mainPart]);
}

/** Throws too-complex when elements nest deeper than MAX_NESTING (xmldom and every walk below recurse). */
function checkNesting(xml: string): void {
  let depth = 0;
  for (let at = xml.indexOf("<"); at >= 0; at = xml.indexOf("<", at + 1)) {
    const next = xml[at + 1];
    if (next === "/") depth--;
    else if (next !== "?" && next !== "!" && xml[xml.indexOf(">", at) - 1] !== "/" && ++depth > MAX_NESTING) {
      throw new ExtractError("too-complex", nestingProblem("正文 XML"));
    }
  }
}

function parseBody(xml: string): Element {
  checkNesting(xml);
  const fail = () => {
    throw new ExtractError("damaged-file", "正文 XML 无法解析");
  };
  const document = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");
  const root = document.documentElement;
  const body = root && child(root, "body");
  if (!body) throw new ExtractError("damaged-file", "正文部分没有 w:body");
  return body;
}

export function extractDocx(bytes: Uint8Array): ExtractedDocument {
  const body = parseBody(readMainDocument(bytes));
  const blocks: Block[] = [];
  let tables = 0;
  let index = 0;
  for (const element of childrenNamed(body, "p", "tbl")) {
    if (element.localName === "p") {
      const text = paragraphText(element);
      if (text.trim() !== "") blocks.push({ type: "paragraph", text, location: { kind: "docx", block: index } });
      index++;
    } else if (element.localName === "tbl") {
      if (++tables > MAX_TABLES) throw new ExtractError("too-complex", `表格超过 ${MAX_TABLES} 个`);
      blocks.push(readTable(element, index));
      index++;
    }
  }
  return { format: "docx", blocks: normalizeBlocks(blocks) };
}
