/**
 * The 修改意见 sheet as a Word document (.docx): title, facts, the findings as a real Word table whose
 * header row repeats on every page, and the reviewer's signature line; each file starts on a new page.
 * A batch's summary, eleven columns wide, is a landscape section of its own.
 */
import type { ExportFile } from "../ui/export-types";
import { columnShares, reviewSheet, SIGNATURE_LINE, type SheetPart, type SheetTable } from "./sheet";
import {
  a4Section,
  a4TextWidth,
  documentPart,
  paragraphStyle,
  paragraphXml,
  runProperties,
  runs,
  stylesPart,
  TABLE_BORDERS,
  wordPackage,
} from "./wordml";

const FONTS = { latin: "Times New Roman", cjk: "宋体" };


const STYLES = stylesPart(runProperties(FONTS, 24), `<w:spacing w:after="0" w:line="360" w:lineRule="auto"/>`, [
  paragraphStyle("SheetTitle", "标题", `<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>`, runProperties(FONTS, 32, true)),
  paragraphStyle("Fact", "说明", "", runProperties(FONTS, 24)),
  paragraphStyle("TableHead", "表头", `<w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`, runProperties(FONTS, 20, true)),
  paragraphStyle("TableText", "表格文字", `<w:spacing w:line="240" w:lineRule="auto"/>`, runProperties(FONTS, 20)),
  paragraphStyle("Signature", "签名", `<w:spacing w:before="480"/><w:jc w:val="right"/>`, runProperties(FONTS, 24)),
]);

function columnWidths(header: string[], width: number): number[] {
  return columnShares(header).map((share) => Math.floor(share * width));
}

/** Runs with each line break of the text (a reviewer's note may have some) a `w:br`. */
function lines(text: string): string {
  return text.split("\n").map(runs).join("<w:r><w:br/></w:r>");
}

function cellXml(text: string, width: number, style: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphXml(style, lines(text))}</w:tc>`;
}

function rowXml(cells: string[], widths: number[], header: boolean): string {
  const properties = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
  return `<w:tr>${properties}${cells.map((text, index) => cellXml(text, widths[index], header ? "TableHead" : "TableText")).join("")}</w:tr>`;
}

function tableXml({ header, rows }: SheetTable, width: number): string {
  const widths = columnWidths(header, width);
  const properties = `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
  return `<w:tbl>${properties}${grid}${[rowXml(header, widths, true), ...rows.map((row) => rowXml(row, widths, false))].join("")}</w:tbl>`;
}

/** A part; `newPage` unless it starts a section, which starts a page anyway. A wide part ends its landscape section. */
function partXml(part: SheetPart, newPage: boolean): string {
  const orientation = part.wide ? "landscape" : "portrait";
  return [
    paragraphXml("SheetTitle", lines(part.title), newPage ? "<w:pageBreakBefore/>" : ""),
    ...part.facts.map(([label, value]) => paragraphXml("Fact", lines(`${label}：${value}`))),
    part.table ? tableXml(part.table, a4TextWidth(orientation)) : "",
    part.remark ? paragraphXml("Fact", lines(part.remark)) : "",
    part.signed ? paragraphXml("Signature", lines(SIGNATURE_LINE)) : "",
    part.wide ? paragraphXml("Fact", "", a4Section(orientation)) : "",
  ].join("");
}

/** The review sheet of one file, or of a batch with its summary first. */
export function reviewDocx(files: ExportFile[], now: Date): Uint8Array {
  const { parts } = reviewSheet(files, now);
  const body = parts.map((part, index) => partXml(part, index > 0 && !parts[index - 1].wide)).join("");
  return wordPackage(documentPart(body), STYLES, now);
}
