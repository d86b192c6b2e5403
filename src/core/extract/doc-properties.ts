/**
 * The paragraph and character properties a Word 97–2003 reader needs, from the formatted disk pages
 * (FKPs) that the bin tables in the table stream point at ([MS-DOC] 2.8.6 PlcBtePapx, 2.9.175 PapxFkp,
 * 2.9.32 ChpxFkp): for paragraphs whether they sit in a table, end a table row, and the row's cell
 * boundaries and merges (sprmTDefTable); for characters whether they are hidden or deleted revisions.
 * Properties from styles and from piece modifiers (Prm) are not applied: converters and Word write
 * these ones directly on the paragraph or run.
 */
import { damaged } from "./doc-text";

const PAGE = 512;

export interface CellDefinition {
  /** Left and right edge in twips. */
  left: number;
  right: number;
  /** Horizontal merge: 1 first cell of a merge, 2 or 3 merged into the cell before. */
  horizontal: number;
  /** Vertical merge: 3 first cell of a merge, 1 merged into the cell above. */
  vertical: number;
}

export interface ParagraphProperties {
  /** Table depth (0: body text, 1: a table, 2+: nested tables). */
  depth: number;
  /** This paragraph mark ends a row of the outer table. */
  rowEnd: boolean;
  /** This paragraph mark ends a row of a nested table (its text is empty). */
  innerRowEnd?: boolean;
  /** The row's cells, on a row end. */
  cells?: CellDefinition[];
}

/** A property run: FCs from `start` (inclusive) to `end`, and what it says. */
export interface Run<T> {
  start: number;
  end: number;
  value: T;
}

const SPRM_P_IN_TABLE = 0x2416;
const SPRM_P_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_INNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
/** The paragraph's properties are too long for its FKP and sit in the Data stream. */
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_C_VANISH = 0x083c;
const SPRM_C_RMARK_DEL = 0x0800;

/** Size of a sprm's operand at `at` ([MS-DOC] 2.2.5.1, spra). */
function operandSize(sprm: number, bytes: Uint8Array, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === SPRM_T_DEF_TABLE) return bytes[at] + (bytes[at + 1] << 8) + 1;
      if (sprm === SPRM_P_CHG_TABS && bytes[at] === 255) return bytes.length - at; // rare; skip the rest
      return bytes[at] + 1;
  }
}

/** Each sprm of a grpprl with its operand. */
function* sprms(grpprl: Uint8Array): Generator<[number, Uint8Array]> {
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = grpprl[at] | (grpprl[at + 1] << 8);
    const size = operandSize(sprm, grpprl, at + 2);
    yield [sprm, grpprl.subarray(at + 2, at + 2 + size)];
    at += 2 + size;
  }
}

function cellDefinitions(operand: Uint8Array): CellDefinition[] {
  const view = new DataView(operand.buffer, operand.byteOffset, operand.byteLength);
  const count = operand[2] ?? 0;
  const edgesAt = 3;
  const tcsAt = edgesAt + (count + 1) * 2;
  if (tcsAt > operand.length) return [];
  const cells: CellDefinition[] = [];
  for (let i = 0; i < count; i++) {
    const tc = tcsAt + i * 20;
    const flags = tc + 2 <= operand.length ? view.getUint16(tc, true) : 0;
    cells.push({
      left: view.getInt16(edgesAt + i * 2, true),
      right: view.getInt16(edgesAt + (i + 1) * 2, true),
      horizontal: flags & 0x3,
      vertical: (flags >> 5) & 0x3,
    });
  }
  return cells;
}

/** The grpprl a sprmPHugePapx points at: a 16-bit length, then the grpprl, in the Data stream. */
function hugeGrpprl(data: Uint8Array, operand: Uint8Array): Uint8Array {
  const at = new DataView(operand.buffer, operand.byteOffset, 4).getUint32(0, true);
  if (at + 2 > data.length) damaged("段落格式超出 Data 流");
  const size = data[at] | (data[at + 1] << 8);
  if (at + 2 + size > data.length) damaged("段落格式超出 Data 流");
  return data.subarray(at + 2, at + 2 + size);
}

function paragraphProperties(grpprl: Uint8Array, data: Uint8Array): ParagraphProperties {
  const properties: ParagraphProperties = { depth: 0, rowEnd: false };
  for (const [sprm, operand] of sprms(grpprl)) {
    if (sprm === SPRM_P_HUGE_PAPX) return paragraphProperties(hugeGrpprl(data, operand), new Uint8Array());
    if (sprm === SPRM_P_IN_TABLE && operand[0]) properties.depth = Math.max(properties.depth, 1);
    else if (sprm === SPRM_P_ITAP) properties.depth = new DataView(operand.buffer, operand.byteOffset, 4).getInt32(0, true);
    else if (sprm === SPRM_P_TTP && operand[0]) properties.rowEnd = true;
    else if (sprm === SPRM_P_INNER_TTP && operand[0]) properties.innerRowEnd = true;
    else if (sprm === SPRM_T_DEF_TABLE) properties.cells = cellDefinitions(operand);
  }
  if (properties.innerRowEnd) properties.rowEnd = false;
  return properties;
}

function hiddenOrDeleted(grpprl: Uint8Array): boolean {
  for (const [sprm, operand] of sprms(grpprl)) {
    if (sprm === SPRM_C_VANISH && (operand[0] === 1 || operand[0] === 0x81)) return true;
    if (sprm === SPRM_C_RMARK_DEL && operand[0] === 1) return true;
  }
  return false;
}

/** The FKP page numbers of a bin table (PlcBte) in the table stream. */
function binTablePages(table: Uint8Array, fc: number, size: number): number[] {
  if (size === 0) return [];
  if (fc + size > table.length || (size - 4) % 8 !== 0) damaged("格式页索引超出表格流");
  const count = (size - 4) / 8;
  const view = new DataView(table.buffer, table.byteOffset + fc, size);
  return Array.from({ length: count }, (_, i) => view.getUint32((count + 1) * 4 + i * 4, true) & 0x3fffff);
}

/** Each run of an FKP with the grpprl that `grpprlOf` finds for its index. */
function fkpRuns<T>(stream: Uint8Array, page: number, grpprlOf: (fkp: Uint8Array, count: number, index: number) => Uint8Array | null, read: (grpprl: Uint8Array) => T, empty: T): Run<T>[] {
  const offset = page * PAGE;
  if (offset + PAGE > stream.length) damaged("格式页超出 WordDocument 流");
  const fkp = stream.subarray(offset, offset + PAGE);
  const view = new DataView(fkp.buffer, fkp.byteOffset, PAGE);
  const count = fkp[PAGE - 1];
  if ((count + 1) * 4 > PAGE) damaged("格式页无效");
  const runs: Run<T>[] = [];
  for (let i = 0; i < count; i++) {
    const grpprl = grpprlOf(fkp, count, i);
    runs.push({ start: view.getUint32(i * 4, true), end: view.getUint32((i + 1) * 4, true), value: grpprl ? read(grpprl) : empty });
  }
  return runs;
}

/** A PapxInFkp's grpprl, after its style index (istd). */
function papxGrpprl(fkp: Uint8Array, count: number, index: number): Uint8Array | null {
  const at = (count + 1) * 4 + index * 13;
  if (at >= PAGE - 1) return null;
  const offset = fkp[at] * 2;
  if (offset === 0) return null;
  let size = fkp[offset] * 2 - 1;
  let start = offset + 1;
  if (fkp[offset] === 0) {
    size = fkp[offset + 1] * 2;
    start = offset + 2;
  }
  return fkp.subarray(start + 2, Math.min(start + size, PAGE));
}

function chpxGrpprl(fkp: Uint8Array, count: number, index: number): Uint8Array | null {
  const at = (count + 1) * 4 + index;
  if (at >= PAGE - 1) return null;
  const offset = fkp[at] * 2;
  if (offset === 0) return null;
  return fkp.subarray(offset + 1, Math.min(offset + 1 + fkp[offset], PAGE));
}

export interface BinTable {
  fc: number;
  size: number;
}

/** `data`: the Data stream, where paragraphs too long for their FKP keep their properties. */
export function paragraphRuns(stream: Uint8Array, table: Uint8Array, data: Uint8Array, bin: BinTable): Run<ParagraphProperties>[] {
  const read = (grpprl: Uint8Array) => paragraphProperties(grpprl, data);
  return binTablePages(table, bin.fc, bin.size).flatMap((page) => fkpRuns(stream, page, papxGrpprl, read, { depth: 0, rowEnd: false }));
}

/** The FC runs of hidden or deleted characters. */
export function droppedRuns(stream: Uint8Array, table: Uint8Array, bin: BinTable): Run<boolean>[] {
  return binTablePages(table, bin.fc, bin.size)
    .flatMap((page) => fkpRuns(stream, page, chpxGrpprl, hiddenOrDeleted, false))
    .filter((run) => run.value);
}

/** The run holding `fc`, from runs sorted by FC, or undefined. */
export function runAt<T>(runs: Run<T>[], fc: number): Run<T> | undefined {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle];
    if (fc < run.start) high = middle - 1;
    else if (fc >= run.end) low = middle + 1;
    else return run;
  }
  return undefined;
}
