/** The three statistic tables, matched to the template row by row by label (report-format §3–§5). */
import type { Block, TableBlock, TableCell } from "../model/document";
import type { Location, TableKey } from "../model/location";
import type { Table2, Table3, Table3Row, Table4, Table4Group } from "../model/report";
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_CELL_COUNT, T4_COLUMNS, T4_GROUPS } from "../model/template";
import { mergeLocations } from "./locations";
import { compact, labelCore, labelNumber, labelSimilarity, normalizeLabel } from "../text/normalize";
import type { ParsedRow, ParsedTable, ParsedTable4 } from "./parsed";
import { fitValues, labelText, readCell, splitRow } from "./table-rows";


const MARKERS: Record<TableKey, RegExp> = {
  t2: /第二十条|^规章$|行政规范性文件|^行政许可$|^行政处罚$|^行政强制$|行政事业性收费/,
  t3: /本年新收|上年结转|予以公开|不予公开|无法提供|不予处理|结转下年度|勾稽关系/,
  t4: /结果维持|结果纠正|尚未审结|复议后起诉|未经复议/,
};

// Loops rather than inline callbacks in the hot paths below: V8 drops a callback's optimised code at each
// full garbage collection once the call is over and compiles it again for the next report (README, "V8").
const cellLabel = (cell: TableCell) => normalizeLabel(cell.text);

function classify(block: TableBlock): TableKey | null {
  const texts = block.rows.flat().map(cellLabel);
  let best: TableKey | null = null;
  let bestScore = 1;
  for (const key of Object.keys(MARKERS) as TableKey[]) {
    let score = 0;
    for (const text of texts) if (MARKERS[key].test(text)) score++;
    if (score > bestScore) [best, bestScore] = [key, score];
  }
  return best;
}

/** Table blocks by the statistic table they hold; a table split over several blocks keeps its parts. */
export function classifyTables(blocks: Block[]): Record<TableKey, number[]> {
  const found: Record<TableKey, number[]> = { t2: [], t3: [], t4: [] };
  blocks.forEach((block, index) => {
    const key = block.type === "table" ? classify(block) : null;
    if (key) found[key].push(index);
  });
  return found;
}

function tableRows(blocks: Block[], indexes: number[]): TableCell[][] {
  return indexes.flatMap((index) => (blocks[index] as TableBlock).rows);
}

function emptyTable(blocks: Block[], indexes: number[]): ParsedTable {
  return {
    blocks: indexes,
    location: mergeLocations(indexes.map((index) => blocks[index].location)),
    rows: [],
    unmatched: [],
    headers: [],
    missingColumns: [],
  };
}

// ---------------------------------------------------------------- 表二

function t2Template(label: string) {
  const normalized = normalizeLabel(label);
  for (const row of T2_ROWS) if (row.label === normalized || row.variants.includes(normalized)) return row;
  const core = labelCore(normalized);
  for (const row of T2_ROWS) if (labelSimilarity(core, row.label) >= 0.8) return row;
  return undefined;
}

export function parseTable2(blocks: Block[], indexes: number[]): { parsed: ParsedTable; model: Table2 } {
  const parsed = emptyTable(blocks, indexes);
  const model: Table2 = {};
  for (const row of tableRows(blocks, indexes)) {
    const { labels, values } = splitRow(row);
    if (labels.length === 0) continue;
    const label = labelText(labels);
    const template = t2Template(labels[labels.length - 1].text);
    if (!template || model[template.key] !== undefined) {
      if (values.some((cell) => compact(cell.text))) parsed.unmatched.push({ label, location: labels[0].location });
      else parsed.headers.push(...labels.map((cell) => normalizeLabel(cell.text)));
      continue;
    }
    const { cells, count } = fitValues(values, template.columns.length);
    const rowLocation = labels[labels.length - 1].location;
    const parsedRow: ParsedRow = { key: template.key, label, location: rowLocation, cells: {}, cellCount: count };
    template.columns.forEach((column, i) => {
      parsedRow.cells[column] = readCell(cells[i], rowLocation, { table: "t2", row: template.key, column });
    });
    parsed.rows.push(parsedRow);
    if (template.columns.length === 1) {
      (model as Record<string, unknown>)[template.key] = parsedRow.cells.value.value;
    } else {
      model[template.key as "regulations" | "normative_documents"] = {
        issued: parsedRow.cells.issued.value,
        repealed: parsedRow.cells.repealed.value,
        in_force: parsedRow.cells.in_force.value,
      };
    }
  }
  return { parsed, model };
}

// ---------------------------------------------------------------- 表三

const T3_HEADER_WORDS = [...T3_COLUMNS.map((c) => c.label), "法人或其他组织", "申请人情况"];
const MATCH_THRESHOLD = 0.6;
const OUT_OF_ORDER_THRESHOLD = 0.85;

function isT3HeaderRow(labels: TableCell[]): boolean {
  const words = labels.map((cell) => normalizeLabel(cell.text));
  return words.filter((word) => T3_HEADER_WORDS.includes(word)).length >= 2 || words.some((w) => w.includes("勾稽关系"));
}

/** Each template row's Arabic numbering, worked out once. */
const T3_NUMBERS = T3_ROWS.map((template) => labelNumber(template.label));

/** How alike a label (its core and numbering) is to template row `index`. */
function scoreT3(core: string, number: number | null, index: number): number {
  let score = labelSimilarity(core, T3_ROWS[index].core);
  if (number !== null && number === T3_NUMBERS[index]) score += 0.05;
  return score;
}

/** Best template row for a label: in table order after the previous match, or any unmatched row if very alike. */
function matchT3Row(labels: TableCell[], after: number, taken: Set<string>): number {
  const last = labels[labels.length - 1].text;
  const [core, number] = [labelCore(last), labelNumber(last)];
  let best = -1;
  let bestScore = 0;
  let bestAnywhere = -1;
  let bestAnywhereScore = 0;
  for (let index = 0; index < T3_ROWS.length; index++) {
    const template = T3_ROWS[index];
    if (taken.has(template.key)) continue;
    const score = scoreT3(core, number, index);
    if (index > after && score > bestScore) [best, bestScore] = [index, score];
    if (score > bestAnywhereScore) [bestAnywhere, bestAnywhereScore] = [index, score];
  }
  if (bestScore >= MATCH_THRESHOLD) return best;
  return bestAnywhereScore >= OUT_OF_ORDER_THRESHOLD ? bestAnywhere : -1;
}

function t3RowModel(row: ParsedRow): Table3Row {
  const model: Partial<Table3Row> = {};
  for (const column of T3_COLUMNS) model[column.key] = row.cells[column.key].value;
  return model as Table3Row;
}

export function parseTable3(blocks: Block[], indexes: number[]): { parsed: ParsedTable; model: Table3 } {
  const parsed = emptyTable(blocks, indexes);
  const model: Table3 = {};
  const taken = new Set<string>();
  let lastMatched = -1;
  for (const row of tableRows(blocks, indexes)) {
    const { labels, values } = splitRow(row);
    if (labels.length === 0) continue;
    const hasNumber = values.some((cell) => /[0-9０-９]/.test(cell.text));
    if (isT3HeaderRow(labels) || (values.length < 3 && !hasNumber)) {
      parsed.headers.push(...row.map((cell) => normalizeLabel(cell.text)).filter(Boolean));
      continue;
    }
    const index = matchT3Row(labels, lastMatched, taken);
    const label = labelText(labels);
    if (index < 0) {
      parsed.unmatched.push({ label, location: labels[labels.length - 1].location });
      continue;
    }
    const template = T3_ROWS[index];
    const { cells, count } = fitValues(values, T3_COLUMNS.length);
    const rowLocation = labels[labels.length - 1].location;
    const parsedRow: ParsedRow = { key: template.key, label, location: rowLocation, cells: {}, cellCount: count };
    for (let i = 0; i < T3_COLUMNS.length; i++) {
      const column = T3_COLUMNS[i];
      parsedRow.cells[column.key] = readCell(cells[i], rowLocation, { table: "t3", row: template.key, column: column.key });
    }
    parsed.rows.push(parsedRow);
    model[template.key] = t3RowModel(parsedRow);
    taken.add(template.key);
    lastMatched = index;
  }
  const headerText = parsed.headers.join("");
  parsed.missingColumns = T3_COLUMNS.filter((column) => !headerText.includes(column.label)).map((column) => column.key);
  return { parsed, model };
}

// ---------------------------------------------------------------- 表四

/** The data row: rows with no label, read in order; an unfilled template's row of empty cells counts too. */
function t4ValueCells(rows: TableCell[][]): TableCell[] {
  const valueRows = rows.filter((row) => splitRow(row).labels.length === 0);
  const filled = valueRows.filter((row) => row.some((cell) => compact(cell.text)));
  if (filled.length) return filled.flat();
  return valueRows.filter((row) => row.length >= T4_CELL_COUNT).pop() ?? [];
}

export function parseTable4(blocks: Block[], indexes: number[]): { parsed: ParsedTable4; model: Table4 } {
  const rows = tableRows(blocks, indexes);
  const parsed: ParsedTable4 = { ...emptyTable(blocks, indexes), cellCount: 0 };
  parsed.headers = rows.flatMap((row) => splitRow(row).labels.map((cell) => normalizeLabel(cell.text)));
  const { cells, count } = fitValues(t4ValueCells(rows), T4_CELL_COUNT);
  parsed.cellCount = count;
  const model: Table4 = {};
  if (count !== T4_CELL_COUNT) return { parsed, model };
  T4_GROUPS.forEach((group, g) => {
    const rowLocation: Location = cells[g * T4_COLUMNS.length].location;
    const parsedRow: ParsedRow = { key: group.key, label: group.label, location: rowLocation, cells: {}, cellCount: T4_COLUMNS.length };
    T4_COLUMNS.forEach((column, c) => {
      parsedRow.cells[column.key] = readCell(cells[g * T4_COLUMNS.length + c], rowLocation, { table: "t4", row: group.key, column: column.key });
    });
    parsed.rows.push(parsedRow);
    model[group.key] = Object.fromEntries(T4_COLUMNS.map((column) => [column.key, parsedRow.cells[column.key].value])) as unknown as Table4Group;
  });
  return { parsed, model };
}
