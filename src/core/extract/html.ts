/**
 * Saved web pages (.html): the report's text and tables, without running the page and without a DOM.
 * Page furniture is left out: head, scripts and styles, hidden elements, <nav>/<header>/<footer>/<aside>
 * and their div equivalents (id or class naming them), and navigation-like link lists. Paragraphs come
 * from block elements and <br>; a <table> without tables inside becomes a table block (a table that
 * holds tables lays the page out and is read as text). Cells form the same grid as DOCX tables: a
 * spanned cell once with colSpan/rowSpan, an empty cell wherever a cell from a row above reaches.
 * Locations are the line and column of the text in the decoded source.
 */
import type { Block, ExtractedDocument, ParagraphBlock, TableBlock, TableCell } from "../model/document";
import type { TextLocation } from "../model/location";
import { decodeText } from "./decode";
import { ExtractError } from "./extract-error";
import { parseHtml, type HtmlElement, type HtmlNode, type HtmlText } from "./html-tree";
import { MAX_TABLE_CELLS, MAX_TABLES } from "./limits";
import { normalizeBlocks } from "./normalize-text";

const SKIPPED_TAGS = new Set(["head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe", "object", "select", "button", "textarea", "svg", "math", "title"]);
/** First word of an id or class that marks page furniture ("footer", "nav-top", "breadcrumb"). */
const FURNITURE_WORDS = new Set(["header", "footer", "foot", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "copyright", "share"]);
const FURNITURE_ROLES = new Set(["navigation", "banner", "contentinfo", "search"]);
const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "li", "main", "menu", "ol", "p", "pre", "section",
  "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
]);
/** Elements never taken for a navigation list as a whole. */
const NOT_LISTS = new Set(["#document", "html", "body", "a", "span", "b", "strong", "i", "em", "u", "font", "small", "big", "sub", "sup", "label"]);
/** Navigation: two links or more, at least this share of the text in links, and little text besides ("当前位置：", "|"). */
const LINK_SHARE = 0.5;
const MAX_TEXT_BESIDE_LINKS = 20;
/** HTML white space, plus the no-break space pages indent with. */
const SPACE = /[ \t\n\r\f\u00a0]/;

// ---------------------------------------------------------------- decoding

/** Where a page's <meta> charset is looked for (the HTML standard's prescan reads 1024 bytes; browsers read on through a long head). */
const PRESCAN_BYTES = 4096;

/** The encoding a <meta> charset names, resolved as the HTML standard resolves it; null when there is none or it is unknown. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /charset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(tag)?.[1];
    if (!label) continue;
    let encoding: string;
    try {
      encoding = new TextDecoder(label).encoding;
    } catch {
      continue;
    }
    // A <meta> readable as ASCII means the page is not UTF-16: the standard takes such a label for UTF-8.
    if (encoding === "utf-16le" || encoding === "utf-16be") return "utf-8";
    return encoding === "x-user-defined" ? "windows-1252" : encoding;
  }
  return null;
}

/** The HTML standard's encoding sniffing: a BOM first, then the <meta> charset, then the text rules (decode.ts). */
function decodeHtml(bytes: Uint8Array): string {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding = hasBom ? null : declaredEncoding(bytes);
  return !encoding || encoding === "utf-8" ? decodeText(bytes) : new TextDecoder(encoding).decode(bytes);
}

// ---------------------------------------------------------------- locations

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  return starts;
}

class Positions {
  private readonly starts: number[];
  constructor(source: string) {
    this.starts = lineStarts(source);
  }

  private at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }

  range(start: number, end: number): TextLocation {
    const from = this.at(start);
    const to = this.at(end);
    return { kind: "text", line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

// ---------------------------------------------------------------- page furniture

function isFurniture(element: HtmlElement): boolean {
  if (SKIPPED_TAGS.has(element.name) || "hidden" in element.attributes) return true;
  const { style = "", role = "", id = "", class: className = "" } = element.attributes;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return [id, ...className.split(/\s+/)].some((name) => FURNITURE_WORDS.has(name.toLowerCase().split(/[-_]/)[0]));
}

interface LinkStats {
  links: number;
  linkChars: number;
  chars: number;
}

function textLength(node: HtmlText): number {
  let count = 0;
  for (const char of node.text) if (!SPACE.test(char)) count++;
  return count;
}

/** Link statistics of every element, computed once bottom-up. */
function linkStats(root: HtmlElement): Map<HtmlElement, LinkStats> {
  const stats = new Map<HtmlElement, LinkStats>();
  const visit = (element: HtmlElement, inLink: boolean): LinkStats => {
    const isLink = element.name === "a" && "href" in element.attributes;
    const total: LinkStats = { links: isLink ? 1 : 0, linkChars: 0, chars: 0 };
    for (const child of element.children) {
      if (child.type === "text") {
        const length = textLength(child);
        total.chars += length;
        if (inLink || isLink) total.linkChars += length;
      } else if (!isFurniture(child)) {
        const inner = visit(child, inLink || isLink);
        total.links += inner.links;
        total.linkChars += inner.linkChars;
        total.chars += inner.chars;
      }
    }
    stats.set(element, total);
    return total;
  };
  visit(root, false);
  return stats;
}

// ---------------------------------------------------------------- text runs

/** Characters gathered for one paragraph or cell line, each with its source range. */
class Run {
  private text = "";
  private first = -1;
  private last = -1;
  private pendingSpace = false;

  add(node: HtmlText): void {
    for (let i = 0; i < node.text.length; i++) {
      const char = node.text[i];
      if (SPACE.test(char)) {
        this.pendingSpace = this.text.length > 0;
        continue;
      }
      if (this.pendingSpace) this.text += " ";
      this.pendingSpace = false;
      this.text += char;
      if (this.first < 0) this.first = node.offsets[i];
      this.last = node.offsets[i + 1];
    }
  }

  get isEmpty(): boolean {
    return this.text === "";
  }

  take(): { text: string; start: number; end: number } {
    const taken = { text: this.text, start: this.first, end: this.last };
    this.text = "";
    this.first = this.last = -1;
    this.pendingSpace = false;
    return taken;
  }
}

// ---------------------------------------------------------------- reader

class PageReader {
  readonly blocks: Block[] = [];
  private readonly run = new Run();
  private tables = 0;
  private tableCells = 0;

  constructor(
    private readonly positions: Positions,
    private readonly stats: Map<HtmlElement, LinkStats>,
  ) {}

  private isNavigation(element: HtmlElement): boolean {
    const stats = this.stats.get(element);
    if (NOT_LISTS.has(element.name) || !stats || stats.links < 2) return false;
    return stats.linkChars >= LINK_SHARE * stats.chars && stats.chars - stats.linkChars <= MAX_TEXT_BESIDE_LINKS;
  }

  private flush(): void {
    if (this.run.isEmpty) return;
    const { text, start, end } = this.run.take();
    const paragraph: ParagraphBlock = { type: "paragraph", text, location: this.positions.range(start, end) };
    this.blocks.push(paragraph);
  }

  readPage(root: HtmlElement): void {
    this.read(root);
    this.flush();
  }

  private read(node: HtmlNode): void {
    if (node.type === "text") return this.run.add(node);
    if (isFurniture(node) || this.isNavigation(node)) return;
    if (node.name === "br") return this.flush();
    if (node.name === "table" && isDataTable(node)) {
      this.flush();
      if (++this.tables > MAX_TABLES) throw new ExtractError("too-complex", `表格超过 ${MAX_TABLES} 个`);
      this.blocks.push(this.table(node));
      return;
    }
    const isBlock = BLOCK_TAGS.has(node.name);
    if (isBlock) this.flush();
    node.children.forEach((child) => this.read(child));
    if (isBlock) this.flush();
  }

  /** A cell's lines: block elements and <br> break lines; blank lines are dropped. */
  private cell(element: HtmlElement): TableCell {
    const lines: { text: string; start: number; end: number }[] = [];
    const run = new Run();
    const breakLine = () => {
      if (!run.isEmpty) lines.push(run.take());
    };
    const visit = (node: HtmlNode) => {
      if (node.type === "text") return run.add(node);
      if (isFurniture(node)) return;
      if (node.name === "br") return breakLine();
      const isBlock = BLOCK_TAGS.has(node.name);
      if (isBlock) breakLine();
      node.children.forEach(visit);
      if (isBlock) breakLine();
    };
    element.children.forEach(visit);
    breakLine();
    const location = lines.length
      ? this.positions.range(lines[0].start, lines[lines.length - 1].end)
      : this.positions.range(element.start, element.start);
    const cell: TableCell = { text: lines.map((line) => line.text).join("\n"), location };
    const colSpan = span(element.attributes.colspan);
    if (colSpan > 1) cell.colSpan = colSpan;
    return cell;
  }

  private table(element: HtmlElement): TableBlock {
    const rows = tableRows(element).map((row) => row.children.filter(isCell));
    const grid = new GridBuilder(rows.length, (places) => {
      this.tableCells += places;
      if (this.tableCells > MAX_TABLE_CELLS) throw new ExtractError("too-complex", `表格单元格超过 ${MAX_TABLE_CELLS} 个`);
    });
    rows.forEach((cells, r) => {
      for (const cellElement of cells) grid.place(r, this.cell(cellElement), span(cellElement.attributes.rowspan, rows.length - r));
      grid.endRow(r);
    });
    return { type: "table", rows: grid.rows, location: this.positions.range(element.start, element.end) };
  }
}

function isCell(node: HtmlNode): node is HtmlElement {
  return node.type === "element" && (node.name === "td" || node.name === "th");
}

function span(value: string | undefined, rest = Infinity): number {
  const number = Number.parseInt(value ?? "", 10);
  if (number === 0 && rest !== Infinity) return rest; // rowspan="0": to the end of the table
  return Number.isFinite(number) && number > 1 ? Math.min(number, rest, 1000) : 1;
}

/** The table's own rows: <tr> children of the table and of its row groups, not of nested tables. */
function tableRows(table: HtmlElement): HtmlElement[] {
  return table.children.flatMap((child) => {
    if (child.type !== "element") return [];
    if (child.name === "tr") return [child];
    return ["tbody", "thead", "tfoot"].includes(child.name) ? child.children.filter((c): c is HtmlElement => c.type === "element" && c.name === "tr") : [];
  });
}

function hasTableInside(node: HtmlElement): boolean {
  return node.children.some((child) => child.type === "element" && (child.name === "table" || hasTableInside(child)));
}

/** A table holds data unless it lays the page out: tables inside it, or a single column. */
function isDataTable(table: HtmlElement): boolean {
  const rows = tableRows(table);
  return !hasTableInside(table) && rows.some((row) => row.children.filter(isCell).length > 1);
}

/**
 * HTML's table model: cells take the next free grid places; places a row span reaches get an empty cell.
 * Linear in the grid's size: each row knows the cells that reach into it. `count` is told of every grid
 * place made, so that a table whose spans make an enormous grid is stopped early.
 */
class GridBuilder {
  readonly rows: TableCell[][];
  /** Per row: grid column → the cell from a row above that reaches it. */
  private readonly reaching: Map<number, TableCell>[];
  private column = 0;

  constructor(
    rowCount: number,
    private readonly count: (places: number) => void,
  ) {
    this.rows = Array.from({ length: rowCount }, () => []);
    this.reaching = Array.from({ length: rowCount }, () => new Map());
  }

  private fillReached(row: number, above: TableCell, column: number): void {
    const colSpan = above.colSpan ?? 1;
    this.rows[row].push(colSpan > 1 ? { text: "", location: above.location, colSpan } : { text: "", location: above.location });
    this.column = column + colSpan;
  }

  place(row: number, cell: TableCell, rowSpan: number): void {
    const reaching = this.reaching[row];
    for (let above = reaching.get(this.column); above; above = reaching.get(this.column)) this.fillReached(row, above, this.column);
    this.count(rowSpan);
    if (rowSpan > 1) cell.rowSpan = rowSpan;
    this.rows[row].push(cell);
    for (let r = row + 1; r < row + rowSpan; r++) this.reaching[r].set(this.column, cell);
    this.column += cell.colSpan ?? 1;
  }

  /** Cells from above that reach past the row's last cell, in column order. */
  endRow(row: number): void {
    const past = [...this.reaching[row]].filter(([column]) => column >= this.column).sort((a, b) => a[0] - b[0]);
    for (const [column, above] of past) if (column >= this.column) this.fillReached(row, above, column);
    this.reaching[row].clear();
    this.column = 0;
  }
}

export function extractHtml(bytes: Uint8Array): ExtractedDocument {
  const source = decodeHtml(bytes);
  const root = parseHtml(source);
  const reader = new PageReader(new Positions(source), linkStats(root));
  reader.readPage(root);
  return { format: "html", blocks: normalizeBlocks(reader.blocks) };
}
