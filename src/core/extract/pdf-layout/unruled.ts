/**
 * Tables without ruling lines (border="0" web pages printed to PDF, tables drawn with only horizontal
 * rules or none), rebuilt from the positions of their text alone:
 *
 * - A table is a run of lines that hold several phrases set apart by wide gaps, at least one of them a
 *   number; a wrapped label's lone continuation lines inside the run belong to it, a section heading or
 *   a line of prose ends it.
 * - Cells are phrases joined down the lines of one cell: the next line starts at the same left edge or
 *   has the same centre, close below (a wrapped label, "自/然/人"), and does not open a numbered item.
 * - Rows come from the numbers' baselines; a label cell goes to the row of numbers inside its height
 *   closest to its first line (so numbers centred beside a wrapped label, or a few points off its
 *   baseline, land right); cells with no row of numbers beside them are header rows.
 * - Columns come from the numbers' x-positions and the header cells above them, per block of rows
 *   between header rows (表二's four sub-tables have their own): each number goes to its column, and a
 *   row lacking one gets an empty cell there, so numbers are never counted in reading order.
 */
import type { Box } from "../../model/location";
import { ARABIC_ITEM, BRACKETED_CHINESE, CHINESE_NUMERAL } from "../../model/numbering";
import { parseCellValue } from "../../text/normalize";
import { matchSectionHeading } from "../../text/section-heading";
import { unionBox } from "./geometry";
import { PAGE_NUMBER, type TextLine } from "./lines";
import type { PdfText } from "./page";
import type { PdfCell, PdfTable } from "./table";

/** Items closer than this share of the font size are one phrase; wider gaps separate cells. */
const PHRASE_GAP = 0.6;
/** Two neighbouring cells of a table line stand at least this share of the size apart somewhere. */
const COLUMN_GAP = 1.5;
/** Digits set apart by more than this share of the size are two numbers ("1 2" in two columns). */
const DIGIT_GAP = 0.25;
/** Lines of one cell follow each other within this share of the size (the next row starts lower). */
const CELL_LINE_STEP = 1.75;
/** Left edges or centres this close (points) line up. */
const ALIGN = 1.5;
/** Lines further apart than this share of the size are not one table. */
const TABLE_GAP = 3;
/** A line of prose reaches at least this share of the text width; a table's lone continuation line does not. */
const PROSE_WIDTH = 0.55;

const NUMBERED = new RegExp(`^(?:${CHINESE_NUMERAL}、|${BRACKETED_CHINESE}|${ARABIC_ITEM})`);

interface Phrase {
  text: string;
  items: PdfText[];
  box: Box;
  baseline: number;
  size: number;
  value: boolean;
}

interface Cell {
  phrases: Phrase[];
  box: Box;
  value: boolean;
}

const centreX = (box: Box) => (box[0] + box[2]) / 2;
const isValue = (text: string) => parseCellValue(text).problem !== "text";
const isDigits = (text: string) => /^[0-9０-９]/.test(text);

function phrase(items: PdfText[]): Phrase {
  let text = "";
  let size = 0;
  for (const item of items) {
    text += item.text;
    size = Math.max(size, item.size);
  }
  text = text.trim();
  return { text, items, box: unionBox(items.map((item) => item.box)), baseline: items[0].baseline, size, value: isValue(text) };
}

/** Each line's phrases, cut once per check (a page's lines are read by table-pages.ts, then here). */
const phrasesOfLine = new WeakMap<TextLine, Phrase[]>();

/** A line cut at its wide gaps. */
export function phrases(line: TextLine): Phrase[] {
  let cut = phrasesOfLine.get(line);
  if (!cut) phrasesOfLine.set(line, (cut = cutPhrases(line)));
  return cut;
}

function cutPhrases(line: TextLine): Phrase[] {
  const groups: PdfText[][] = [];
  let previous: PdfText | undefined;
  for (const { item } of line.pieces) {
    const gap = previous ? item.box[0] - previous.box[2] : Infinity;
    const limit = (isDigits(item.text) && /[0-9０-９]$/.test(previous?.text ?? "") ? DIGIT_GAP : PHRASE_GAP) * item.size;
    if (gap <= limit) groups[groups.length - 1].push(item);
    else groups.push([item]);
    previous = item;
  }
  return groups.map(phrase);
}

// ---------------------------------------------------------------- where tables are

interface Row {
  line: TextLine;
  phrases: Phrase[];
}

/** Whether two neighbouring phrases of the line stand a column's gap apart (wider than a justified line's spaces). */
function hasColumnGap({ phrases: parts }: Row): boolean {
  return parts.some((p, i) => i > 0 && p.box[0] - parts[i - 1].box[2] >= COLUMN_GAP * p.size);
}

/**
 * A line of a table: cells a column's gap apart, three cells or more (narrow columns packed close), or
 * numbers alone (a row's figures off its label's baseline).
 */
const isTabular = (row: Row) => hasColumnGap(row) || row.phrases.length >= 3 || (row.phrases.length > 0 && row.phrases.every((p) => p.value));

/**
 * Whether a line may be a row of a table, ruled or not: tabular as above, or a number beside one other
 * phrase (a label and its figure in a two-column table).
 */
export function mayBeTableRow(line: TextLine): boolean {
  const row = { line, phrases: phrases(line) };
  return isTabular(row) || (row.phrases.length >= 2 && row.phrases.some((p) => p.value));
}

const isHeading = (row: Row) => row.phrases.length === 1 && matchSectionHeading(row.line.text) !== null;

interface Run {
  start: number;
  end: number;
  /** Header lines without a number, at the page's end: a table only if it goes on at the next page. */
  tentative: boolean;
}

/** Runs of lines that form tables: at least two tabular lines and a number, or header lines ending the page. */
function tableRuns(rows: Row[], textWidth: number): Run[] {
  // A table's line that is neither tabular nor prose: a lone continuation, or cells closer than a column's gap.
  const narrow = (row: Row) => (row.phrases.length >= 2 || row.line.box[2] - row.line.box[0] < PROSE_WIDTH * textWidth) && !isHeading(row);
  const close = (above: Row, below: Row, factor: number) => above.line.baseline - below.line.baseline <= factor * Math.max(above.line.size, below.line.size);
  const runs: Run[] = [];
  const endsPage = (end: number) => rows.slice(end + 1).every((row) => PAGE_NUMBER.test(row.line.text));
  let i = 0;
  while (i < rows.length) {
    if (!isTabular(rows[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < rows.length && close(rows[end], rows[end + 1], TABLE_GAP) && (isTabular(rows[end + 1]) || narrow(rows[end + 1]))) end++;
    while (end > i && !isTabular(rows[end]) && !close(rows[end - 1], rows[end], CELL_LINE_STEP)) end--;
    let start = i;
    // A caption row ("第二十条第（一）项") stands just above the first tabular line, a label's first line closer still.
    const leads = (above: Row, below: Row) =>
      narrow(above) && (close(above, below, CELL_LINE_STEP) || (close(above, below, TABLE_GAP) && !NUMBERED.test(above.line.text)));
    const floor = runs.length ? runs[runs.length - 1].end + 1 : 0;
    while (start > floor && leads(rows[start - 1], rows[start])) start--;
    const span = rows.slice(start, end + 1);
    const hasNumber = span.some((row) => row.phrases.some((p) => p.value));
    if (hasNumber ? span.filter(isTabular).length >= 2 : endsPage(end)) runs.push({ start, end, tentative: !hasNumber });
    i = end + 1;
  }
  return runs;
}

// ---------------------------------------------------------------- cells

function lineUp(a: Box, b: Box): boolean {
  return Math.abs(a[0] - b[0]) <= ALIGN || Math.abs(centreX(a) - centreX(b)) <= ALIGN;
}

/** Phrases joined down the lines of their cell. */
function cells(phraseRows: Phrase[][], valueBaselines: number[]): Cell[] {
  const anchored = (p: Phrase) => valueBaselines.find((baseline) => Math.abs(baseline - p.baseline) <= 0.4 * p.size);
  const open: Cell[] = [];
  const done: Cell[] = [];
  for (const row of phraseRows) {
    for (const p of row) {
      const previous = p.value ? undefined : open.slice().reverse().find((cell) => {
        const last = cell.phrases[cell.phrases.length - 1];
        if (cell.value || last.baseline - p.baseline > CELL_LINE_STEP * p.size || last.baseline === p.baseline) return false;
        const bothAnchored = anchored(last) !== undefined && anchored(p) !== undefined && anchored(last) !== anchored(p);
        return lineUp(last.box, p.box) && !NUMBERED.test(p.text) && !bothAnchored;
      });
      if (previous) {
        previous.phrases.push(p);
        previous.box = unionBox([previous.box, p.box]);
      } else {
        const cell = { phrases: [p], box: p.box, value: p.value };
        open.push(cell);
        done.push(cell);
      }
    }
  }
  return done;
}

const cellText = (cell: Cell) => cell.phrases.map((p) => p.text).join("\n");

// ---------------------------------------------------------------- rows and columns

interface TableRow {
  /** Sort key: baseline of the numbers, or of a header row's first line. */
  y: number;
  cells: Cell[];
  values: boolean;
}

/** Values within `tolerance` of each other (chained), as groups in ascending order. */
function cluster(values: number[], tolerance: number): number[][] {
  const groups: number[][] = [];
  for (const value of values.slice().sort((a, b) => a - b)) {
    const last = groups[groups.length - 1];
    if (last && value - last[last.length - 1] <= tolerance) last.push(value);
    else groups.push([value]);
  }
  return groups;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function buildRows(all: Cell[]): TableRow[] {
  const values = all.filter((cell) => cell.value);
  const size = Math.max(...all.map((cell) => cell.phrases[0].size));
  const baselines = cluster(values.map((cell) => cell.phrases[0].baseline), 0.4 * size).map(mean);
  const rows: TableRow[] = baselines.map((y) => ({ y, cells: [], values: true }));
  const rowOf = (y: number) => rows.reduce((best, row) => (Math.abs(row.y - y) < Math.abs(best.y - y) ? row : best));
  for (const cell of values) rowOf(cell.phrases[0].baseline).cells.push(cell);
  const headers: Cell[] = [];
  for (const cell of all.filter((c) => !c.value)) {
    const top = cell.phrases[0].baseline;
    const bottom = cell.phrases[cell.phrases.length - 1].baseline;
    const margin = 0.6 * cell.phrases[0].size;
    const inside = rows.filter((row) => row.y <= top + margin && row.y >= bottom - margin);
    if (inside.length) inside.reduce((best, row) => (Math.abs(row.y - top) < Math.abs(best.y - top) ? row : best)).cells.push(cell);
    else headers.push(cell);
  }
  for (const group of cluster(headers.map((cell) => cell.phrases[0].baseline), 0.4 * size)) {
    const y = mean(group);
    rows.push({ y, cells: headers.filter((cell) => group.includes(cell.phrases[0].baseline)), values: false });
  }
  return rows.sort((a, b) => b.y - a.y);
}

/** Header cells with no other header cell under them: the columns' own labels. */
function leafHeaders(headerRows: TableRow[]): Cell[] {
  const all = headerRows.flatMap((row) => row.cells);
  return all.filter((cell) => !all.some((other) => other !== cell && other.box[3] < cell.box[1] && other.box[0] < cell.box[2] && other.box[2] > cell.box[0]));
}

/** Left of every number of a block of value rows (by a character): where labels end. */
function labelEdge(band: TableRow[]): number {
  const numbers = band.flatMap((row) => row.cells.filter((cell) => cell.value));
  return Math.min(...numbers.map((cell) => cell.box[0])) - numbers[0].phrases[0].size;
}

/** Column centres of a block of value rows: the numbers' positions, completed by the header cells above them. */
function columnsOf(band: TableRow[], headerRows: TableRow[]): number[] {
  const numbers = band.flatMap((row) => row.cells.filter((cell) => cell.value));
  const size = numbers[0].phrases[0].size;
  const fromNumbers = cluster(numbers.map((cell) => centreX(cell.box)), 0.75 * size).map(mean);
  const leaves = leafHeaders(headerRows).filter((cell) => cell.box[0] >= labelEdge(band)).sort((a, b) => a.box[0] - b.box[0]);
  const covered = (cell: Cell) => (x: number) => x >= cell.box[0] - ALIGN && x <= cell.box[2] + ALIGN;
  const fits = leaves.length > fromNumbers.length && fromNumbers.every((x) => leaves.filter((leaf) => covered(leaf)(x)).length === 1);
  if (!fits) return fromNumbers;
  return leaves.map((leaf) => fromNumbers.find(covered(leaf)) ?? centreX(leaf.box));
}

function pdfCell(text: string, box: Box, page: number): PdfCell {
  return { text, parts: [{ page, box }], colSpan: 1, rowSpan: 1 };
}

/** A value row's cells: its labels, then one cell per column, empty where the row has no number. */
function valueRow(row: TableRow, columns: number[], page: number): PdfCell[] {
  const labels = row.cells.filter((cell) => !cell.value).sort((a, b) => a.box[0] - b.box[0]);
  const numbers = row.cells.filter((cell) => cell.value);
  const byColumn = columns.map((): Cell[] => []);
  for (const cell of numbers) {
    const x = centreX(cell.box);
    const nearest = columns.reduce((best, column, i) => (Math.abs(column - x) < Math.abs(columns[best] - x) ? i : best), 0);
    byColumn[nearest].push(cell);
  }
  const size = numbers[0].phrases[0].size;
  const rowBox = (x: number): Box => [x - size / 2, row.y - 0.2 * size, x + size / 2, row.y + 0.8 * size];
  return [
    ...labels.map((cell) => pdfCell(cellText(cell), cell.box, page)),
    ...byColumn.map((found, i) =>
      found.length ? pdfCell(found.map(cellText).join(" "), unionBox(found.map((cell) => cell.box)), page) : pdfCell("", rowBox(columns[i]), page),
    ),
  ];
}

function buildTable(lines: TextLine[], page: number): PdfTable {
  const phraseRows = lines.map(phrases);
  const valueBaselines = phraseRows.flat().filter((p) => p.value).map((p) => p.baseline);
  const rows = buildRows(cells(phraseRows, valueBaselines));
  const out: PdfCell[][] = [];
  let headerRows: TableRow[] = [];
  let continuesLabel = false;
  rows.forEach((row, index) => {
    if (!row.values) {
      headerRows.push(row);
      out.push(row.cells.sort((a, b) => a.box[0] - b.box[0]).map((cell) => pdfCell(cellText(cell), cell.box, page)));
      return;
    }
    if (index > 0 && rows[index - 1].values) return;
    let end = index;
    while (rows[end + 1]?.values) end++;
    const band = rows.slice(index, end + 1);
    const columns = columnsOf(band, headerRows);
    if (out.length === 1 && headerRows.length === 1) continuesLabel = headerRows[0].cells.every((cell) => cell.box[2] < labelEdge(band));
    for (const valueRowOfBand of band) out.push(valueRow(valueRowOfBand, columns, page));
    headerRows = [];
  });
  return { rows: out, box: unionBox(lines.map((line) => line.box)), singleColumn: false, ...(continuesLabel ? { continuesLabel: true } : {}) };
}

/** The tables among a page's free lines (top to bottom), and the lines left for paragraphs. */
export function unruledTables(lines: TextLine[], page: number, textWidth: number): { tables: { table: PdfTable; lines: TextLine[] }[]; rest: TextLine[] } {
  const rows = lines.map((line) => ({ line, phrases: phrases(line) }));
  const runs = tableRuns(rows, textWidth);
  const inTable = new Set<number>();
  const tables = runs.map(({ start, end, tentative }) => {
    for (let i = start; i <= end; i++) inTable.add(i);
    const tableLines = lines.slice(start, end + 1);
    return { table: { ...buildTable(tableLines, page), ...(tentative ? { tentative: true } : {}) }, lines: tableLines };
  });
  return { tables, rest: lines.filter((_, i) => !inTable.has(i)) };
}
