/**
 * The pieces of a minimal WordprocessingML package (a .docx): runs, paragraphs, styles, the package parts
 * and the zip. Shared by the Word exports (docx.ts) and the test-fixture writer
 * (scripts/fixtures/docx-writer.ts).
 */
import { strToU8, zipSync } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Characters XML 1.0 does not allow in a document (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates): Word refuses the file. */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for XML content and attribute values: markup escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text as runs, each tab a `w:tab`. */
export function runs(text: string): string {
  return text
    .split("\t")
    .map((part) => (part ? `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>` : ""))
    .join("<w:r><w:tab/></w:r>");
}

/** A paragraph in the given style; `properties` are further `w:pPr` children (after the style, as the schema orders them). */
export function paragraphXml(style: string, content: string, properties = ""): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${properties}</w:pPr>${content}</w:p>`;
}

export interface RunFonts {
  latin: string;
  cjk: string;
}

/** Run properties: the fonts, bold or not, and the size in half points. */
export function runProperties(fonts: RunFonts, size: number, bold = false): string {
  return (
    `<w:rPr><w:rFonts w:ascii="${fonts.latin}" w:hAnsi="${fonts.latin}" w:eastAsia="${fonts.cjk}" w:cs="${fonts.latin}"/>` +
    `${bold ? "<w:b/>" : ""}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

export function paragraphStyle(id: string, name: string, paragraphProperties: string, runProperties: string): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${paragraphProperties}</w:pPr>${runProperties}</w:style>`;
}

/** The styles part: document defaults (run properties, paragraph spacing), Normal, and the given styles one a line. */
export function stylesPart(defaultRun: string, defaultSpacing: string, styles: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault>${defaultRun}</w:rPrDefault><w:pPrDefault><w:pPr>${defaultSpacing}</w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${styles.join("\n")}
</w:styles>`;
}

/** Single black lines around and inside a table. */
export const TABLE_BORDERS = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join("")}</w:tblBorders>`;

const A4 = { short: 11906, long: 16838 };
/** 2.54 cm, in twips. */
const MARGIN = 1440;

/** The width between the margins of an A4 page, in twips. */
export function a4TextWidth(orientation: "portrait" | "landscape"): number {
  return (orientation === "portrait" ? A4.short : A4.long) - 2 * MARGIN;
}

/** Section properties of A4 pages with 2.54 cm margins; in a paragraph's `w:pPr` they end a section there. */
export function a4Section(orientation: "portrait" | "landscape" = "portrait"): string {
  const size = orientation === "portrait" ? `w:w="${A4.short}" w:h="${A4.long}"` : `w:w="${A4.long}" w:h="${A4.short}" w:orient="landscape"`;
  return `<w:sectPr><w:pgSz ${size}/><w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
}

/** The main document part around the body's paragraphs and tables; `section` is the last section's properties. */
export function documentPart(body: string, section = a4Section()): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${section}</w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The main part's relationships: its styles, and a picture `rIdImageN` for each `word/media/imageN.png`. */
function documentRels(pictures: number): string {
  const images = Array.from(
    { length: pictures },
    (_, index) =>
      `<Relationship Id="rIdImage${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${index + 1}.png"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${images.join("")}</Relationships>`;
}

/** Zip the given parts as an Office package, every entry dated `date`. */
export function zipPackage(files: Record<string, string | Uint8Array>, date: Date): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === "string" ? strToU8(data) : data]));
  return zipSync(entries, { level: 6, mtime: date });
}

/** A .docx of a main document part, a styles part and PNG pictures (`word/media/image1.png`…, relations `rIdImage1`…). */
export function wordPackage(document: string, styles: string, date: Date, pictures: Uint8Array[] = []): Uint8Array {
  const types = pictures.length ? CONTENT_TYPES.replace("<Default Extension=\"xml\"", `<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`) : CONTENT_TYPES;
  return zipPackage(
    {
      "[Content_Types].xml": types,
      "_rels/.rels": PACKAGE_RELS,
      "word/document.xml": document,
      "word/_rels/document.xml.rels": documentRels(pictures.length),
      "word/styles.xml": styles,
      ...Object.fromEntries(pictures.map((png, index) => [`word/media/image${index + 1}.png`, png])),
    },
    date,
  );
}
