/**
 * A scanned PDF read by character recognition: each page's image as pdf.js decodes it (no canvas: an
 * image-only page paints one picture), recognised page by page, then laid out into blocks by the same
 * code as a PDF with text. Cells whose reading is uncertain are marked.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import type { Block, ExtractedDocument } from "../../model/document";
import type { Box } from "../../model/location";
import { ExtractError } from "../extract-error";
import { compose, contains, centre, type Matrix } from "../pdf-layout/geometry";
import { layoutBlocks } from "../pdf-layout/blocks";
import type { PageContent } from "../pdf-layout/page";
import type { PageProgress, PdfJs } from "../pdf";
import type { OcrEngine } from "./engine";
import { greyOf, type DecodedImage } from "./image";
import { recognisePage, type ScannedPage } from "./page";

type PdfOps = PdfJs["OPS"];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The largest image the page paints, with the transform in force where it is painted. */
function largestImage(fnArray: number[], argsArray: unknown[], ops: PdfOps): { id: string; placement: Matrix } | null {
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let best: { id: string; placement: Matrix; area: number } | null = null;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform) ctm = compose(ctm, args as Matrix);
    else if (fn === ops.paintImageXObject) {
      const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      if (!best || area > best.area) best = { id: args[0] as string, placement: ctm, area };
    }
  });
  const found = best as { id: string; placement: Matrix } | null;
  return found && { id: found.id, placement: found.placement };
}

function objectOf(page: PDFPageProxy, id: string): Promise<DecodedImage> {
  const store = id.startsWith("g_") ? page.commonObjs : page.objs;
  return new Promise((resolve) => store.get(id, resolve));
}

/** The page's picture and where it is painted, or null for a page without one. */
export async function scannedPage(page: PDFPageProxy, ops: PdfOps): Promise<ScannedPage | null> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const found = largestImage(fnArray, argsArray, ops);
  if (!found) return null;
  const decoded = await objectOf(page, found.id);
  if (!decoded?.data) return null;
  return { image: greyOf(decoded), placement: found.placement };
}

/** Tables' cells whose box holds the centre of an uncertain reading get the mark. */
function markUncertain(blocks: Block[], uncertain: Map<number, Box[]>): void {
  for (const block of blocks) {
    if (block.type !== "table") continue;
    for (const cell of block.rows.flat()) {
      if (cell.location.kind !== "pdf") continue;
      const { page, box } = cell.location;
      if ((uncertain.get(page) ?? []).some((doubt) => contains(box, ...centre(doubt)))) cell.uncertain = true;
    }
  }
}

/** Told before each page is read: pages done so far, and the total. */
export async function recognisePdf(document: PDFDocumentProxy, ops: PdfOps, engine: OcrEngine, onPage?: PageProgress): Promise<ExtractedDocument> {
  const contents: PageContent[] = [];
  const uncertain = new Map<number, Box[]>();
  onPage?.(0, document.numPages, "ocr");
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    let scanned: ScannedPage | null;
    try {
      scanned = await scannedPage(page, ops);
    } catch {
      throw new ExtractError("damaged-file", `第 ${number} 页的图片无法读取`);
    }
    if (scanned) {
      const read = await recognisePage(scanned, engine);
      contents.push(read.content);
      uncertain.set(number, read.uncertain);
    } else {
      contents.push({ texts: [], segments: [], hasImages: false, drawsText: false, toUser: (box) => box });
    }
    page.cleanup();
    onPage?.(number, document.numPages, "ocr");
  }
  const blocks = layoutBlocks(contents);
  markUncertain(blocks, uncertain);
  return { format: "pdf", blocks, pageCount: document.numPages, ocr: true };
}
