/**
 * Word 97–2003 (.doc) reports, and WPS (.wps) files in the same binary format: a Compound File holding
 * a `WordDocument` stream ([MS-DOC]). The FIB says where the piece table (Clx) and the paragraph and
 * character property tables sit in the table stream (0Table or 1Table); the piece table gives the main
 * story's text, in which cells end with U+0007 and a row ends with one more U+0007 whose paragraph is
 * marked as the row's end (TTP) and carries the row's cell edges and merges.
 *
 * Blocks are the DOCX reader's: paragraphs and tables in reading order, `location.block` counting every
 * body paragraph (empty ones too) and table; tables as grids whose columns are the distinct cell edges
 * of the table, a horizontally merged cell one cell with `colSpan`, a vertically merged cell the first
 * cell with `rowSpan` and an empty cell at its place in the rows it covers. Field codes, hidden text and
 * deleted revisions are dropped, field results kept.
 */
import type { Block, ExtractedDocument, TableBlock, TableCell } from "../model/document";
import type { Location } from "../model/location";
import { CfbError, openCompoundFile, type CompoundFile } from "./cfb";
import { droppedRuns, paragraphRuns, runAt, type CellDefinition, type ParagraphProperties, type Run } from "./doc-properties";
import { damaged, readPieces, storyText, type StoryText } from "./doc-text";
import { ExtractError } from "./extract-error";
import { emptyCell, VerticalMerges } from "./grid-cells";
import { MAX_DOC_CHARS, MAX_TABLES } from "./limits";

const WORD_IDENT = 0xa5ec;
/** nFib of Word 97; Word 6.0 and 95 wrote 101–105, in a layout this reader does not know. */
const WORD_97 = 0xc1;
const CHINESE_LANGUAGES = new Set([0x0804, 0x1004]);
/** Cell edges closer than this (twips) are one grid line. */
const EDGE_TOLERANCE = 10;

interface Fib {
  encrypted: boolean;
  tableStream: "0Table" | "1Table";
  chinese: boolean;
  mainLength: number;
  clx: { fc: number; size: number };
  characters: { fc: number; size: number };
  paragraphs: { fc: number; size: number };
}

function readFib(stream: Uint8Array): Fib {
  if (stream.length < 0x22) damaged("WordDocument 流过短");
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  if (u16(0) !== WORD_IDENT) damaged("文件信息块（FIB）标识无效");
  const nFib = u16(2);
  if (nFib < WORD_97 - 1) throw new ExtractError("legacy-word"); // Word 6.0/95: the message names them
  const flags = u16(0x0a);
  const wordsAt = 0x22;
  const csw = u16(0x20);
  const longsAt = wordsAt + csw * 2 + 2;
  if (longsAt > stream.length) damaged("文件信息块（FIB）不完整");
  const cslw = u16(longsAt - 2);
  const pairsAt = longsAt + cslw * 4 + 2;
  if (pairsAt + 34 * 8 > stream.length || cslw < 4 || u16(pairsAt - 2) < 34) damaged("文件信息块（FIB）不完整");
  const pair = (index: number) => ({ fc: view.getUint32(pairsAt + index * 8, true), size: view.getUint32(pairsAt + index * 8 + 4, true) });
  const lidFE = csw > 13 ? u16(wordsAt + 26) : 0;
  return {
    encrypted: (flags & 0x0100) !== 0, // fEncrypted, by RC4 or by XOR (fObfuscated)
    tableStream: flags & 0x0200 ? "1Table" : "0Table",
    chinese: CHINESE_LANGUAGES.has(u16(6)) || CHINESE_LANGUAGES.has(lidFE),
    mainLength: view.getUint32(longsAt + 12, true),
    characters: pair(12),
    paragraphs: pair(13),
    clx: pair(33),
  };
}

/** Why an OLE2 file without a WordDocument stream cannot be checked. */
function notWordDocument(file: CompoundFile): never {
  if (file.names.includes("EncryptedPackage")) throw new ExtractError("encrypted-doc", "设有打开密码的 .docx");
  if (file.names.some((name) => name === "Workbook" || name === "Book")) throw new ExtractError("unsupported-format", "这是 Excel 工作簿（.xls）");
  if (file.names.includes("PowerPoint Document")) throw new ExtractError("unsupported-format", "这是 PowerPoint 演示文稿（.ppt）");
  throw new ExtractError("legacy-word");
}

function open(bytes: Uint8Array): CompoundFile {
  try {
    return openCompoundFile(bytes);
  } catch (error) {
    if (error instanceof CfbError) damaged(`复合文档结构损坏：${error.message}`);
    throw error;
  }
}

function streamOf(file: CompoundFile, name: string): Uint8Array | null {
  try {
    return file.stream(name);
  } catch (error) {
    if (error instanceof CfbError) damaged(`${name} 流无法读出：${error.message}`);
    throw error;
  }
}

function slice(stream: Uint8Array, { fc, size }: { fc: number; size: number }, what: string): Uint8Array {
  if (fc + size > stream.length) damaged(`${what}超出表格流`);
  return stream.subarray(fc, fc + size);
}

/** A mask over the story: 1 where a character is hidden or a deleted revision. */
function droppedMask(story: StoryText, runs: Run<boolean>[]): Uint8Array {
  const mask = new Uint8Array(story.text.length);
  if (runs.length === 0) return mask;
  story.fcs.forEach((fc, i) => {
    if (runAt(runs, fc)) mask[i] = 1;
  });
  return mask;
}

// ---------------------------------------------------------------- tables

interface RawRow {
  cells: string[];
  definitions: CellDefinition[];
}

/** The table's grid lines: every distinct cell edge, near ones taken as one. */
function gridLines(rows: RawRow[]): number[] {
  const edges = rows.flatMap((row) => row.definitions.flatMap((cell) => [cell.left, cell.right])).sort((a, b) => a - b);
  const lines: number[] = [];
  for (const edge of edges) if (lines.length === 0 || edge - lines[lines.length - 1] > EDGE_TOLERANCE) lines.push(edge);
  return lines;
}

/** The index of the grid line nearest to `edge` (`lines` ascending). */
function gridIndex(lines: number[], edge: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle] < edge) low = middle + 1;
    else high = middle;
  }
  return low > 0 && edge - lines[low - 1] < lines[low] - edge ? low - 1 : low;
}

function buildTable(rawRows: RawRow[], block: number): TableBlock {
  const lines = gridLines(rawRows);
  const merges = new VerticalMerges();
  const rows = rawRows.map((raw, rowIndex) => {
    const row: TableCell[] = [];
    const defined = raw.definitions.length === raw.cells.length;
    const first = defined && raw.cells.length ? gridIndex(lines, raw.definitions[0].left) : 0;
    if (first > 0) row.push(emptyCell({ kind: "docx", block, cell: { row: rowIndex, column: 0 } }, first));
    let column = first;
    raw.cells.forEach((text, i) => {
      const definition = defined ? raw.definitions[i] : undefined;
      const span = definition ? Math.max(1, gridIndex(lines, definition.right) - gridIndex(lines, definition.left)) : 1;
      const previous = row[row.length - 1];
      const location: Location = { kind: "docx", block, cell: { row: rowIndex, column } };
      if (definition && definition.horizontal >= 2 && previous) {
        previous.colSpan = (previous.colSpan ?? 1) + span; // the older horizontal merge: cells after the first join it
      } else if (definition?.vertical === 1 && merges.extend(column)) {
        row.push(emptyCell(location, span));
      } else {
        const cell: TableCell = { text, location };
        if (span > 1) cell.colSpan = span;
        row.push(cell);
        merges.place(cell, column, span, Boolean(definition?.vertical));
      }
      column += span;
    });
    return row;
  });
  return { type: "table", rows, location: { kind: "docx", block } };
}

// ---------------------------------------------------------------- the story

const BODY: ParagraphProperties = { depth: 0, rowEnd: false };

/** Walks the story's paragraphs into blocks: body paragraphs, and table rows gathered into tables. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private index = 0;
  private tables = 0;
  private rows: RawRow[] = [];
  private cells: string[] = [];
  private lines: string[] = [];

  paragraph(text: string, properties: ParagraphProperties, cellEnd: boolean): void {
    if (properties.depth === 0) {
      this.closeTable();
      if (text.trim() !== "") this.blocks.push({ type: "paragraph", text, location: { kind: "docx", block: this.index } });
      this.index++;
    } else if (properties.rowEnd) {
      if (this.lines.length) this.endCell();
      this.rows.push({ cells: this.cells, definitions: properties.cells ?? [] });
      this.cells = [];
    } else if (cellEnd && properties.depth === 1) {
      this.lines.push(text);
      this.endCell();
    } else if (!properties.innerRowEnd) {
      this.lines.push(text);
    }
  }

  private endCell(): void {
    this.cells.push(this.lines.join("\n"));
    this.lines = [];
  }

  closeTable(): void {
    if (this.lines.length) this.endCell();
    if (this.cells.length) this.rows.push({ cells: this.cells, definitions: [] });
    this.cells = [];
    if (this.rows.length === 0) return;
    if (++this.tables > MAX_TABLES) throw new ExtractError("too-complex", `表格超过 ${MAX_TABLES} 个`);
    this.blocks.push(buildTable(this.rows, this.index++));
    this.rows = [];
  }
}

const PARAGRAPH_END = 0x0d;
const CELL_END = 0x07;
const PAGE_OR_SECTION_BREAK = 0x0c;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

/** What a character of the story stands for in the text: itself, a replacement, or nothing. */
function visible(code: number, char: string): string {
  if (code === 0x09) return "\t";
  if (code === 0x0b) return "\n";
  if (code === 0x1e) return "-"; // non-breaking hyphen
  if (code < 0x20) return ""; // optional hyphen, pictures, drawn objects, note marks
  return char;
}

function storyBlocks(story: StoryText, dropped: Uint8Array, paragraphs: Run<ParagraphProperties>[]): Block[] {
  const builder = new BlockBuilder();
  const { text, fcs } = story;
  /** Open fields, each true while its code (before the separator) is being read. */
  const fields: boolean[] = [];
  let inCode = 0;
  let paragraph: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === FIELD_BEGIN) {
      fields.push(true);
      inCode++;
    } else if (code === FIELD_SEPARATOR) {
      if (fields[fields.length - 1]) inCode--;
      if (fields.length) fields[fields.length - 1] = false;
    } else if (code === FIELD_END) {
      if (fields.pop()) inCode--;
    } else if (code === PARAGRAPH_END || code === CELL_END || code === PAGE_OR_SECTION_BREAK) {
      const run = runAt(paragraphs, fcs[i]);
      const endsParagraph = code !== PAGE_OR_SECTION_BREAK || (run !== undefined && run.end - fcs[i] <= 2);
      if (!endsParagraph) {
        if (!inCode) paragraph.push("\n"); // a page break inside a paragraph, as the DOCX reader reads w:br
        continue;
      }
      builder.paragraph(paragraph.join(""), run?.value ?? BODY, code === CELL_END);
      paragraph = [];
    } else if (!inCode && !dropped[i]) {
      paragraph.push(visible(code, text[i]));
    }
  }
  if (paragraph.length) builder.paragraph(paragraph.join(""), BODY, false);
  builder.closeTable();
  return builder.blocks;
}

// ---------------------------------------------------------------- entry

export function extractDoc(bytes: Uint8Array): ExtractedDocument {
  const file = open(bytes);
  const wordDocument = streamOf(file, "WordDocument");
  if (!wordDocument) notWordDocument(file);
  const fib = readFib(wordDocument);
  if (fib.encrypted) throw new ExtractError("encrypted-doc");
  if (fib.mainLength > MAX_DOC_CHARS) throw new ExtractError("too-complex", `正文超过 ${MAX_DOC_CHARS / 10_000} 万字`);
  const table = streamOf(file, fib.tableStream);
  if (!table) damaged(`缺少 ${fib.tableStream} 流`);
  const pieces = readPieces(slice(table, fib.clx, "片段表"));
  const story = storyText(wordDocument, pieces, fib.mainLength, fib.chinese);
  const dropped = droppedMask(story, droppedRuns(wordDocument, table, fib.characters));
  const data = streamOf(file, "Data") ?? new Uint8Array();
  return { format: "doc", blocks: storyBlocks(story, dropped, paragraphRuns(wordDocument, table, data, fib.paragraphs)) };
}
