/**
 * PDF reports, read with pdf.js: blocks from the positions of text items and ruling lines, not from
 * reading order (see pdf-layout/blocks.ts). pdf.js itself is passed in (the legacy build in Node, the worker
 * build on the page), so this module is the same everywhere and never loads it.
 */
import type { PDFDocumentProxy } from "pdfjs-dist";
import type { ExtractedDocument } from "../model/document";
import { ExtractError } from "./extract-error";
import { MAX_PAGES } from "./limits";
import { layoutBlocks } from "./pdf-layout/blocks";
import { NO_DRAWING, readDrawing, readText, type PageContent, type PageDrawing, type PageText } from "./pdf-layout/page";
import { pagesWithTables } from "./pdf-layout/table-pages";
import type { OcrEngine } from "./ocr/engine";
import { recognisePdf, type PageSource } from "./ocr/pdf-ocr";
import type { PageProgress, PdfAssets, PdfJs } from "./pdfjs-api";

/** Fewer visible characters than this per page, with images, is a scan without a text layer. */
const MIN_CHARACTERS_PER_PAGE = 10;
/** Below this share of Chinese, ASCII and their punctuation, the text is mojibake. */
const MIN_READABLE_SHARE = 0.5;

/**
 * Where pdf.js puts the fonts of a document it reads: a font set that takes them and keeps none. Without a
 * font set (a Web Worker and Node have no `document`) it draws the outline of every glyph on a page whose
 * drawing we ask for and sends each to us: a tenth to a fifth of a batch's CPU on PDFs with embedded fonts,
 * as Word and WPS export them. With one, it hands each embedded font over once as a `FontFace` (the
 * browser's; a stand-in in Node, node-polyfills.mjs) and draws no glyph.
 */
const NO_FONTS = { fonts: { add() {}, delete() {} } } as unknown as HTMLDocument;

/** `drawn`: pages are drawn (character recognition of mojibake), so each glyph's outline is needed. */
export async function openDocument(bytes: Uint8Array, pdfjs: PdfJs, assets: PdfAssets, drawn = false): Promise<PDFDocumentProxy> {
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take over the buffer it is given, and refuses Node's Buffer (a Uint8Array subclass).
    data: new Uint8Array(bytes),
    ...assets,
    cMapPacked: true,
    // pdf.js decides these by looking at `document`, which a Web Worker lacks: URLs are fetched by pdf.js's
    // own worker code, folders read from disk.
    useWorkerFetch: /^https?:/.test(assets.cMapUrl),
    ...(drawn ? { disableFontFace: true } : { disableFontFace: false, ownerDocument: NO_FONTS, useSystemFonts: false }),
    // Images as plain pixels (not ImageBitmaps), for character recognition of scans.
    isOffscreenCanvasSupported: false,
    isEvalSupported: false,
    ...(pdfjs.CanvasFactory ? { CanvasFactory: pdfjs.CanvasFactory } : {}),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof Error && error.name === "PasswordException") throw new ExtractError("encrypted-pdf");
    throw new ExtractError("damaged-file");
  }
}

/** Each page's text, told page by page. */
async function readTexts(document: PDFDocumentProxy, onPage?: PageProgress): Promise<PageText[]> {
  const pages: PageText[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(await readText(page));
      page.cleanup();
      onPage?.(number, document.numPages);
    }
  } catch {
    throw new ExtractError("damaged-file", `第 ${pages.length + 1} 页无法读取`);
  }
  return pages;
}

/** The drawing of each page that `wanted` marks; the others have none. */
async function readDrawings(document: PDFDocumentProxy, pdfjs: PdfJs, texts: PageText[], wanted: boolean[]): Promise<PageDrawing[]> {
  const drawings: PageDrawing[] = [];
  for (let index = 0; index < texts.length; index++) {
    if (!wanted[index]) {
      drawings.push(NO_DRAWING);
      continue;
    }
    try {
      const page = await document.getPage(index + 1);
      drawings.push(await readDrawing(page, pdfjs.OPS, texts[index].frame));
      page.cleanup();
    } catch {
      throw new ExtractError("damaged-file", `第 ${index + 1} 页无法读取`);
    }
  }
  return drawings;
}

/**
 * The pages' text and, where it may hold a table, their ruling lines (table-pages.ts). When there is
 * too little text, every page's drawing, to tell a scan from mojibake (checkTextLayer).
 */
async function readPages(document: PDFDocumentProxy, pdfjs: PdfJs, onPage?: PageProgress): Promise<{ pages: PageContent[]; counts: CharacterCounts }> {
  const texts = await readTexts(document, onPage);
  const counts = characterCounts(texts);
  const wanted = tooLittleText(counts, texts.length) ? texts.map(() => true) : pagesWithTables(texts.map((page) => page.texts));
  const drawings = await readDrawings(document, pdfjs, texts, wanted);
  return { pages: texts.map(({ texts, toUser }, index) => ({ texts, toUser, ...drawings[index] })), counts };
}

const WHITE_SPACE = /\s+/g;
/** The first half of a character outside the BMP, which counts once. */
const HIGH_SURROGATE = /[\ud800-\udbff]/g;
const UNREADABLE = /[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2000-\u206f\x21-\x7e]/gu;
/** A character other than the common readable ones (U+4E00–U+9FEF are Han in every browser's Unicode): only text holding one needs the slower searches above. */
const UNCOMMON = /[^\s\u4e00-\u9fef\u3000-\u303f\uff00-\uffef\u2000-\u206f\x21-\x7e]/;

/** Characters other than white space, and how many of them are not Chinese, ASCII or their punctuation. */
interface CharacterCounts {
  characters: number;
  unreadable: number;
}

function characterCounts(pages: PageText[]): CharacterCounts {
  let characters = 0;
  let unreadable = 0;
  for (const page of pages) {
    for (const { text } of page.texts) {
      const visible = text.replace(WHITE_SPACE, "");
      characters += visible.length;
      if (!UNCOMMON.test(visible)) continue;
      characters -= visible.match(HIGH_SURROGATE)?.length ?? 0;
      unreadable += visible.match(UNREADABLE)?.length ?? 0;
    }
  }
  return { characters, unreadable };
}

const tooLittleText = ({ characters }: CharacterCounts, pages: number) => characters < MIN_CHARACTERS_PER_PAGE * pages;

/**
 * A scan (no text, only images) or mojibake (fonts without a Unicode map) cannot be checked; nor can
 * text that is drawn but extracts as nothing (fonts pdf.js cannot map at all).
 */
function checkTextLayer(pages: PageContent[], counts: CharacterCounts): void {
  const { characters, unreadable } = counts;
  if (tooLittleText(counts, pages.length)) {
    if (pages.some((page) => page.hasImages)) throw new ExtractError("scanned-pdf", undefined, pages.length);
    if (pages.some((page) => page.drawsText)) throw new ExtractError("garbled-text", "提取不到文字", pages.length);
    return;
  }
  const share = (characters - unreadable) / characters;
  if (share < MIN_READABLE_SHARE) throw new ExtractError("garbled-text", `可辨认的文字只占 ${Math.round(share * 100)}%`, pages.length);
}

/** The refusals that character recognition overcomes, and where it takes each page's image from. */
const READ_BY_OCR: Partial<Record<ExtractError["code"], PageSource>> = { "scanned-pdf": "image", "garbled-text": "drawing" };

/** The document read again by character recognition, opened anew with its glyphs drawn. */
async function recognised(bytes: Uint8Array, pdfjs: PdfJs, assets: PdfAssets, ocr: OcrEngine, source: PageSource, onPage?: PageProgress): Promise<ExtractedDocument> {
  const document = await openDocument(bytes, pdfjs, assets, true);
  try {
    return await recognisePdf(document, pdfjs.OPS, ocr, source, onPage);
  } finally {
    await document.destroy();
  }
}

export async function extractPdf(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  assets: PdfAssets,
  onPage?: PageProgress,
  ocr?: OcrEngine,
): Promise<ExtractedDocument> {
  const document = await openDocument(bytes, pdfjs, assets);
  try {
    if (document.numPages > MAX_PAGES) {
      throw new ExtractError("too-complex", `共 ${document.numPages} 页，超过 ${MAX_PAGES} 页的上限`);
    }
    const { pages, counts } = await readPages(document, pdfjs, onPage);
    try {
      checkTextLayer(pages, counts);
    } catch (error) {
      const source = error instanceof ExtractError && READ_BY_OCR[error.code];
      // With `ocr`, a scan or mojibake is read by character recognition instead of being refused.
      if (ocr && source) return await recognised(bytes, pdfjs, assets, ocr, source, onPage);
      throw error;
    }
    return { format: "pdf", blocks: layoutBlocks(pages), pageCount: document.numPages };
  } finally {
    await document.destroy();
  }
}
