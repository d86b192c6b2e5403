/**
 * Hostile and odd inputs, each with what checking it must give: files that cannot be checked get their
 * own error code and Chinese message (model.md, file-level errors); odd but readable files are checked.
 * Large inputs are made here, in memory or in temp files, never committed.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { blankPdf, rewriteDocx } from "../../scripts/bench/generate";
import { ole2File } from "../../scripts/fixtures/bad-files";
import { docWithTables } from "../../scripts/fixtures/doc-files";
import { zipPackage } from "../../scripts/fixtures/docx-writer";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile, checkText } from "../../src/core/check";
import { MAX_TABLE_CELLS, nestingProblem } from "../../src/core/extract/limits";
import { fileError } from "../../src/core/model/errors";
import type { CheckResult, FileError } from "../../src/core/model/report";
import { seedText, truth } from "../helpers/seeds";

export interface HostileInput {
  /** What the input is; the test's name. */
  kind: string;
  /** The file's name as a user would have it. */
  name: string;
  bytes: () => Uint8Array;
  /** The file error it must get, or what its result must show when it is checked. */
  expected: FileError | ((result: CheckResult) => Promise<void>);
}

const generated = (file: string) => new Uint8Array(readFileSync(new URL(`../fixtures/generated/${file}`, import.meta.url)));
const textFixture = (file: string) => new Uint8Array(readFileSync(new URL(`../fixtures/text/${file}`, import.meta.url)));
const encode = (text: string) => new TextEncoder().encode(text);

const SEED_PDF = "004_7be0dca35fed79ae.pdf";
const SEED_DOCX = "004_7be0dca35fed79ae.docx";
const SEED_HTML = "004_7be0dca35fed79ae.html";
const SEED_004 = "004_7be0dca35fed79ae";

/** Bytes from a fixed-seed generator (mulberry32), the same on every run. */
function randomBytes(length: number, seed = 20240120): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

/** The PDF with every offset in its cross-reference table pointing 37 bytes past its object. */
function withBrokenXref(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder("latin1").decode(pdf);
  const xref = text.lastIndexOf("\nxref");
  const broken = text.slice(xref).replace(/^(\d{10}) (\d{5}) n/gm, (_line, offset: string, generation: string) => `${String(Number(offset) + 37).padStart(10, "0")} ${generation} n`);
  expect(broken).not.toBe(text.slice(xref));
  return Uint8Array.from(text.slice(0, xref) + broken, (char) => char.charCodeAt(0));
}

/** `size` bytes: a readable report PDF, then spaces after its end. */
function paddedPdf(size: number): Uint8Array {
  const pdf = generated(SEED_PDF);
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(pdf);
  return bytes;
}

const EMPTY_TABLE = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>";
const TABLE = /<w:tbl>[\s\S]*?<\/w:tbl>/g;

/** A DOCX whose body holds `count` more one-cell tables (repetitive XML: small on disk). */
function docxWithTables(count: number): Uint8Array {
  return rewriteDocx(generated(SEED_DOCX), (xml) => xml.replace("<w:body>", `<w:body>${EMPTY_TABLE.repeat(count)}`));
}

/** The paragraphs outside tables removed: only the tables are left. */
function withoutTextOutsideTables(xml: string): string {
  return xml
    .split(/(<w:tbl>[\s\S]*?<\/w:tbl>)/)
    .map((part) => (part.startsWith("<w:tbl>") ? part : part.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, "")))
    .join("");
}

/** Made once, when first asked (checking the seed PDF takes a moment). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

const seedPdfResult = once(() => checkFile({ name: SEED_PDF, bytes: generated(SEED_PDF) }, { extractors: nodeExtractors }));

/** Checked, and read exactly as the intact seed PDF is. */
async function readsAsSeedPdf(result: CheckResult): Promise<void> {
  const intact = await seedPdfResult();
  expect(result.error).toBeNull();
  expect(result.format).toBe("pdf");
  expect(result.report).toEqual(intact.report);
  expect(result.report?.tables).toEqual(truth("004_7be0dca35fed79ae").tables);
  expect(result.findings).toEqual(intact.findings);
}

/** Checked as a Word 97–2003 document, and read exactly as the seed's DOCX is. */
function readsAsSeedDocx(seed: string) {
  return async (result: CheckResult) => {
    const docx = await checkFile({ name: `${seed}.docx`, bytes: generated(`${seed}.docx`) }, { extractors: nodeExtractors });
    expect(result.error).toBeNull();
    expect(result.format).toBe("doc");
    expect(result.report).toEqual(docx.report);
    expect(result.findings).toEqual(docx.findings);
  };
}

/** Checked, and read exactly as the seed in UTF-8 is. */
function readsAsSeedText(seed: "000_5a9a8d2bc98e1d44" | "004_7be0dca35fed79ae") {
  return async (result: CheckResult) => {
    const utf8 = await checkText(`${seed}.txt`, seedText(seed));
    expect(result.error).toBeNull();
    expect(result.report).toEqual(utf8.report);
    expect(result.findings).toEqual(utf8.findings);
  };
}

const seedHtmlResult = once(() => checkFile({ name: SEED_HTML, bytes: generated(SEED_HTML) }, { extractors: nodeExtractors }));

/** Checked, and read exactly as the seed's saved web page is. */
async function readsAsSeedHtml(result: CheckResult): Promise<void> {
  const intact = await seedHtmlResult();
  expect(result.error).toBeNull();
  expect(result.format).toBe("html");
  expect(result.report).toEqual(intact.report);
  expect(result.findings).toEqual(intact.findings);
}

/** Checked as a report of `format`, with the seed's agency, year and every table cell (its text may have changed). */
function readsAsSeedReport(format: CheckResult["format"]) {
  return async (result: CheckResult) => {
    expect(result.error).toBeNull();
    expect(result.format).toBe(format);
    expect(result.report).toMatchObject({ agency: truth(SEED_004).agency, year: truth(SEED_004).year, tables: truth(SEED_004).tables });
  };
}

/** The seed 004's text in UTF-16 without a byte-order mark, as Notepad's "Unicode" may save it. */
function utf16WithoutBom(littleEndian: boolean): Uint8Array {
  const text = seedText(SEED_004);
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** The seed 004's UTF-8 text with one stray Windows-1252 byte (0x96, an en dash) in its first paragraph and its last character cut in half. */
function utf8WithBadBytes(): Uint8Array {
  const text = encode(seedText(SEED_004).trimEnd() + "。");
  const at = encode(seedText(SEED_004).split("依据")[0] + "依据").length;
  return Uint8Array.from([...text.subarray(0, at), 0x96, ...text.subarray(at, text.length - 1)]);
}

const seedHtml = () => new TextDecoder().decode(generated(SEED_HTML));

/** The seed's web page with `html` put right after its <body> tag, or before its </body> tag. */
function htmlWithBody(html: string, where: "start" | "end" = "start"): Uint8Array {
  return encode(where === "start" ? seedHtml().replace(/<body[^>]*>/, (tag) => tag + html) : seedHtml().replace("</body>", html + "</body>"));
}

/** `depth` elements, each inside the one before. */
const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

/** A table of `rows` rows whose first cell spans 1000 rows (spans are cut at the table's end). */
const rowspanTable = (rows: number) => `<table>${"<tr><td rowspan=1000>甲</td><td>1</td></tr>".repeat(rows)}</table>`;

const ruleIds = (result: CheckResult) => (result.findings ?? []).map((finding) => finding.rule);

/** Files that cannot be checked: each its own error, the limit named where a limit was hit. */
export const REFUSED: HostileInput[] = [
  { kind: "an empty file", name: "空文件.pdf", bytes: () => new Uint8Array(), expected: fileError("empty-file") },
  { kind: "random bytes", name: "随机字节.pdf", bytes: () => randomBytes(64 * 1024), expected: fileError("unsupported-format") },
  { kind: "a truncated PDF", name: "下载中断.pdf", bytes: () => generated(SEED_PDF).slice(0, 80_000), expected: fileError("damaged-file") },
  { kind: "a PDF header with nothing readable after it", name: "假PDF.pdf", bytes: () => encode(`%PDF-1.7\n${"garbage ".repeat(1000)}`), expected: fileError("damaged-file") },
  { kind: "a PDF that needs a user password", name: "加密.pdf", bytes: () => generated("001_2a4087b0dbaec631-user-password.pdf"), expected: fileError("encrypted-pdf") },
  { kind: "an image-only PDF (a scan)", name: "扫描件.pdf", bytes: () => generated("000_5a9a8d2bc98e1d44-scanned.pdf"), expected: fileError("scanned-pdf") },
  {
    kind: "a PDF whose fonts have no Unicode map (mojibake)",
    name: "乱码.pdf",
    bytes: () => generated("003_f34c183db723c9dd-no-unicode.pdf"),
    expected: fileError("garbled-text", "可辨认的文字只占 0%"),
  },
  { kind: "a PDF over the page limit", name: "超长.pdf", bytes: () => blankPdf(2001), expected: fileError("too-complex", "共 2001 页，超过 2000 页的上限") },
  {
    kind: "a DOCX zip bomb (word/document.xml expands to 210 MB)",
    name: "解压炸弹.docx",
    bytes: () => generated("expanding.docx"),
    expected: fileError("too-complex", "word/document.xml 解压后约 210 MB，超过 200 MB 的上限"),
  },
  {
    kind: "a DOCX without word/document.xml",
    name: "缺正文.docx",
    bytes: () => generated("no-document.docx"),
    expected: fileError("damaged-file", "缺少正文部分 word/document.xml"),
  },
  { kind: "a truncated DOCX", name: "不完整.docx", bytes: () => generated("truncated.docx"), expected: fileError("damaged-file", "压缩包无法解开") },
  { kind: "a DOCX with 10,000 tables", name: "万张表.docx", bytes: () => docxWithTables(10_000), expected: fileError("too-complex", "表格超过 2000 个") },
  { kind: "a Word 95 .doc", name: "旧版.doc", bytes: () => generated("legacy.doc"), expected: fileError("legacy-word") },
  { kind: "an old .wps without a Word document", name: "旧版.wps", bytes: () => generated("legacy.wps"), expected: fileError("legacy-word") },
  { kind: "a .doc with an opening password", name: "加密.doc", bytes: () => generated("003_f34c183db723c9dd-password.doc"), expected: fileError("encrypted-doc") },
  { kind: "a .docx with an opening password (OLE2 EncryptedPackage)", name: "加密.docx", bytes: () => ole2File("EncryptedPackage"), expected: fileError("encrypted-doc", "设有打开密码的 .docx") },
  { kind: "a truncated .doc", name: "不完整.doc", bytes: () => generated("truncated.doc"), expected: fileError("damaged-doc", "复合文档结构损坏：扇区 104 超出文件末尾") },
  { kind: "a .doc with 10,000 tables", name: "万张表.doc", bytes: () => docWithTables(10_000), expected: fileError("too-complex", "表格超过 2000 个") },
  { kind: "an OFD file", name: "版式.ofd", bytes: () => generated("report.ofd"), expected: fileError("ofd") },
  { kind: "an .xlsx renamed to .docx", name: "表格.docx", bytes: () => generated("spreadsheet-renamed.docx"), expected: fileError("unsupported-format") },
  { kind: "a zip that is no Office document", name: "附件.docx", bytes: () => zipPackage({ "说明.txt": "附件说明" }), expected: fileError("unsupported-format") },
  {
    kind: "a text file that is not a report",
    name: "会议通知.txt",
    bytes: () => encode("关于召开安全生产工作会议的通知\n\n各科室：\n\n经研究，定于下周三上午九时在三楼会议室召开安全生产工作会议，请各科室负责人准时参加。\n\n办公室\n"),
    expected: fileError("not-a-report"),
  },
  {
    kind: "a saved web page that is not a report",
    name: "首页.html",
    bytes: () => encode("<!doctype html><html><head><meta charset=\"utf-8\"><title>首页</title></head><body><p>欢迎访问本网站。</p></body></html>"),
    expected: fileError("not-a-report"),
  },
  {
    kind: "a web page of 100,000 nested spans",
    name: "深层嵌套.html",
    bytes: () => htmlWithBody(nested("<span>", "</span>", 100_000, "文字")),
    expected: fileError("too-complex", nestingProblem("网页")),
  },
  {
    kind: "a DOCX of 50,000 nested content controls",
    name: "深层嵌套.docx",
    bytes: () => rewriteDocx(generated(SEED_DOCX), (xml) => xml.replace("<w:body>", `<w:body>${nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 50_000, "<w:p/>")}`)),
    expected: fileError("too-complex", nestingProblem("正文 XML")),
  },
  {
    kind: "a 2 MB web page table whose every row spans 1000 rows",
    name: "跨行表格.html",
    bytes: () => encode(`<!doctype html><html><body>${rowspanTable(50_000)}</body></html>`),
    expected: fileError("too-complex", `表格单元格超过 ${MAX_TABLE_CELLS} 个`),
  },
  {
    kind: "a 50 MB file (a report PDF padded past the size limit)",
    name: "过大.pdf",
    bytes: () => paddedPdf(Math.floor(52.4 * 1024 * 1024)),
    expected: fileError("too-large", "文件大小 52.4 MB，超过 50 MB 的上限"),
  },
];

/** Files that are odd but readable: checked, never refused. */
export const READABLE: HostileInput[] = [
  { kind: "a PDF with a broken cross-reference table (pdf.js rebuilds it)", name: "交叉引用表损坏.pdf", bytes: () => withBrokenXref(generated(SEED_PDF)), expected: readsAsSeedPdf },
  { kind: "a PDF with only an owner password", name: "权限密码.pdf", bytes: () => generated("004_7be0dca35fed79ae-owner-password.pdf"), expected: readsAsSeedPdf },
  { kind: "a PDF named .docx", name: "其实是PDF.docx", bytes: () => generated(SEED_PDF), expected: readsAsSeedPdf },
  { kind: "a .doc named .docx", name: "其实是doc.docx", bytes: () => generated("004_7be0dca35fed79ae.doc"), expected: readsAsSeedDocx("004_7be0dca35fed79ae") },
  { kind: "a WPS .wps holding a Word document", name: "WPS文字.wps", bytes: () => generated("002_c4bd8f948bd08bc9.doc"), expected: readsAsSeedDocx("002_c4bd8f948bd08bc9") },
  { kind: "GBK text", name: "000-gbk.txt", bytes: () => textFixture("000-gbk.txt"), expected: readsAsSeedText("000_5a9a8d2bc98e1d44") },
  { kind: "GB18030 text", name: "004-gb18030.txt", bytes: () => textFixture("004-gb18030.txt"), expected: readsAsSeedText("004_7be0dca35fed79ae") },
  {
    kind: "a PDF of 1,000 blank pages (read to the end, then found to be no report)",
    name: "空白页.pdf",
    bytes: () => blankPdf(1000),
    expected: async (result) => {
      expect(result.format).toBe("pdf");
      expect(result.error).toEqual(fileError("not-a-report"));
      expect(result.blocks).toEqual([]);
    },
  },
  {
    kind: "a report with every table missing",
    name: "无表格.docx",
    bytes: () => rewriteDocx(generated(SEED_DOCX), (xml) => xml.replace(TABLE, "")),
    expected: async (result) => {
      expect(result.error).toBeNull();
      expect(result.report?.agency).toBe("北京市大兴区亦庄镇人民政府");
      expect(result.report?.tables).toEqual({});
      expect(ruleIds(result).filter((rule) => rule === "structure/table-missing")).toHaveLength(3);
    },
  },
  {
    kind: "a report with its tables but no text",
    name: "只有表格.docx",
    bytes: () => rewriteDocx(generated(SEED_DOCX), withoutTextOutsideTables),
    expected: async (result) => {
      expect(result.error).toBeNull();
      expect(result.report?.tables).toEqual(truth("004_7be0dca35fed79ae").tables);
      expect(ruleIds(result)).toEqual(expect.arrayContaining(["structure/title-missing", "structure/section-missing"]));
    },
  },
];

/** The probe of issue 17: odd inputs that used to be misread, refused or too slow, now read as they are. */
READABLE.push(
  { kind: "UTF-8 text with a stray byte and a cut last character (not re-read as GB18030)", name: "坏字节.txt", bytes: utf8WithBadBytes, expected: readsAsSeedReport("txt") },
  { kind: "UTF-16LE text without a byte-order mark", name: "无BOM-LE.txt", bytes: () => utf16WithoutBom(true), expected: readsAsSeedText(SEED_004) },
  { kind: "UTF-16BE text without a byte-order mark", name: "无BOM-BE.txt", bytes: () => utf16WithoutBom(false), expected: readsAsSeedText(SEED_004) },
  {
    kind: "a text report quoting \"%PDF-1.7\" in its first lines (not a PDF)",
    name: "提到PDF.txt",
    bytes: () => encode(seedText(SEED_004).replace("编制本报告。\n", "编制本报告。\n本报告电子版为 %PDF-1.7 格式文件。\n")),
    expected: readsAsSeedReport("txt"),
  },
  {
    kind: "a web page naming \"%PDF-1.7\" in a comment of its head (not a PDF)",
    name: "提到PDF.html",
    bytes: () => encode(seedHtml().replace("<head>", "<head><!-- 原文件为 %PDF-1.7 格式 -->")),
    expected: readsAsSeedHtml,
  },
  {
    kind: "a PDF after binary junk (a download wrapper) within its first 1024 bytes",
    name: "前有杂字节.pdf",
    bytes: () => Uint8Array.from([...randomBytes(200).map((byte) => byte & 0x1f), ...generated(SEED_PDF)]),
    expected: readsAsSeedPdf,
  },
  {
    kind: "a UTF-8 web page whose <meta> says utf-16 (read as UTF-8, as browsers do)",
    name: "声明UTF-16.html",
    bytes: () => encode(seedHtml().replace("charset=utf-8", "charset=utf-16")),
    expected: readsAsSeedHtml,
  },
  {
    kind: "a web page report with a further table of 600 rows spanning 1000 rows each (read in linear time)",
    name: "长跨行表格.html",
    bytes: () => htmlWithBody(rowspanTable(600), "end"),
    expected: readsAsSeedReport("html"),
  },
);

/** The check a result must pass: its file error exactly, or the readable file's own assertions. */
export async function expectOutcome(input: HostileInput, result: CheckResult): Promise<void> {
  expect(result.file).toContain(input.name);
  if (typeof input.expected === "function") return input.expected(result);
  expect(result.error).toEqual(input.expected);
  expect(result.error!.message).toMatch(/^[\u4e00-\u9fff]/);
  expect(result.findings).toBeUndefined();
}
