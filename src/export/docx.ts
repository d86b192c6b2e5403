/**
 * An export document (document.ts) as a Word .docx: A4 portrait, 宋体, real Word tables whose header row
 * repeats on every page, a rule's id in small grey type under its title, pictures inline, each part
 * starting a new page.
 */
import { columnShares, type Cell, type DocImage, type DocItem, type DocTable, type ExportDocument } from "./document";
import {
  a4TextWidth,
  documentPart,
  escapeXml,
  paragraphStyle,
  paragraphXml,
  runProperties,
  runs,
  stylesPart,
  TABLE_BORDERS,
  wordPackage,
} from "./wordml";

const FONTS = { latin: "Times New Roman", cjk: "宋体" };
const WIDTH = a4TextWidth("portrait");

const STYLES = stylesPart(runProperties(FONTS, 24), `<w:spacing w:after="0" w:line="360" w:lineRule="auto"/>`, [
  paragraphStyle("DocTitle", "标题", `<w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>`, runProperties(FONTS, 32, true)),
  paragraphStyle("DocHeading", "小标题", `<w:keepNext/><w:spacing w:before="240" w:after="120"/>`, runProperties(FONTS, 26, true)),
  paragraphStyle("DocText", "正文", `<w:spacing w:after="60"/>`, runProperties(FONTS, 24)),
  paragraphStyle("DocRight", "落款", `<w:jc w:val="right"/>`, runProperties(FONTS, 24)),
  paragraphStyle("DocNote", "附注", `<w:spacing w:before="120"/>`, `<w:rPr><w:color w:val="666666"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>`),
  paragraphStyle("TableHead", "表头", `<w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>`, runProperties(FONTS, 20, true)),
  paragraphStyle("TableText", "表格文字", `<w:spacing w:line="240" w:lineRule="auto"/>`, runProperties(FONTS, 20)),
]);

const STYLE_OF: Record<"title" | "heading" | "text" | "right" | "note", string> = {
  title: "DocTitle",
  heading: "DocHeading",
  text: "DocText",
  right: "DocRight",
  note: "DocNote",
};

/** Runs with each line break of the text (a reviewer's note may have some) a `w:br`. */
function lines(text: string): string {
  return text.split("\n").map(runs).join("<w:r><w:br/></w:r>");
}

const SMALL_GREY = `<w:rPr><w:color w:val="666666"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr>`;

function cellXml(cell: Cell, width: number, style: string): string {
  const content = typeof cell === "string" ? lines(cell) : `${lines(cell.text)}<w:r><w:br/></w:r><w:r>${SMALL_GREY}<w:t xml:space="preserve">${escapeXml(cell.note)}</w:t></w:r>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphXml(style, content)}</w:tc>`;
}

function rowXml(cells: Cell[], widths: number[], header: boolean): string {
  const properties = header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
  return `<w:tr>${properties}${cells.map((cell, index) => cellXml(cell, widths[index], header ? "TableHead" : "TableText")).join("")}</w:tr>`;
}

function tableXml({ header, rows, weights }: DocTable): string {
  const widths = columnShares(weights).map((share) => Math.floor(share * WIDTH));
  const properties = `<w:tblPr><w:tblW w:w="${WIDTH}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
  // An empty paragraph after the table keeps two tables, or a table and a page break, apart.
  return `<w:tbl>${properties}${grid}${[rowXml(header, widths, true), ...rows.map((row) => rowXml(row, widths, false))].join("")}</w:tbl>${paragraphXml("DocText", "")}`;
}

/** EMUs in a CSS pixel (96 per inch). */
const EMU_PER_PIXEL = 9525;
/** The widest picture: the text width, in pixels (twips are 1/1440 inch). */
const MAX_PICTURE_PIXELS = Math.floor((WIDTH / 1440) * 96);

/** An inline picture in its own paragraph; `id` numbers it in the document, `relation` its part. */
function imageXml(image: DocImage, id: number, relation: string): string {
  const scale = Math.min(1, MAX_PICTURE_PIXELS / image.width);
  const cx = Math.round(image.width * scale * EMU_PER_PIXEL);
  const cy = Math.round(image.height * scale * EMU_PER_PIXEL);
  const alt = escapeXml(image.alt);
  const picture =
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${id}" name="图${id}.png" descr="${alt}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relation}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>`;
  const drawing =
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="图${id}" descr="${alt}"/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">${picture}</a:graphicData></a:graphic></wp:inline></w:drawing>`;
  return paragraphXml("DocText", `<w:r>${drawing}</w:r>`, `<w:jc w:val="center"/>`);
}

/** The body and the pictures it refers to (`word/media/imageN.png`, relation `rIdImageN`). */
function bodyOf(document: ExportDocument): { body: string; media: Uint8Array[] } {
  const media: Uint8Array[] = [];
  const itemXml = (item: DocItem, newPage: boolean): string => {
    if (item.kind === "table") return tableXml(item.table);
    if (item.kind === "image") {
      media.push(item.image.png);
      return imageXml(item.image, media.length, `rIdImage${media.length}`);
    }
    return paragraphXml(STYLE_OF[item.kind], lines(item.text), newPage ? "<w:pageBreakBefore/>" : "");
  };
  // Each part after the first starts a page: its first item is a paragraph (a title) that breaks before it.
  const body = document.parts.map((items, part) => items.map((item, index) => itemXml(item, part > 0 && index === 0)).join("")).join("");
  return { body, media };
}

export function exportDocx(document: ExportDocument, now: Date): Uint8Array {
  const { body, media } = bodyOf(document);
  return wordPackage(documentPart(body), STYLES, now, media);
}
