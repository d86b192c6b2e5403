/**
 * A PDF read by character recognition, then laid out into blocks by the same code as a PDF with text.
 * A scan's pages give the picture each paints, as pdf.js decodes it (no canvas: an image-only page
 * paints one picture); a PDF whose fonts have no Unicode map (mojibake) has its pages drawn to pixels
 * with the canvas factory the document was opened with. Cells whose reading is uncertain are marked.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist";
import type { Block, ExtractedDocument } from "../../model/document";
import type { Box } from "../../model/location";
import { ExtractError } from "../extract-error";
import { compose, contains, centre, invert, type Matrix } from "../pdf-layout/geometry";
import { layoutBlocks } from "../pdf-layout/blocks";
import type { PageContent } from "../pdf-layout/page";
import type { PageProgress, PdfJs } from "../pdfjs-api";
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

/** pdf.js's canvas factory (the `CanvasFactory` given to getDocument): OffscreenCanvas in a worker, @napi-rs/canvas in Node. */
interface CanvasFactory {
  create(width: number, height: number): Drawing;
  destroy(drawing: Drawing): void;
}

interface Drawing {
  canvas: unknown;
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}

/** Pages are drawn at this resolution for recognition, as the 150 dpi scans that read right (at 200 a lone "1" was lost). */
const RENDER_DPI = 150;
/** pdf.js ImageKind.RGBA_32BPP. */
const RGBA = 3;

/** The page drawn to pixels on white, placed over the page's crop box. */
async function renderedPage(page: PDFPageProxy, canvases: CanvasFactory): Promise<ScannedPage> {
  const viewport = page.getViewport({ scale: RENDER_DPI / 72 });
  const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  const drawing = canvases.create(width, height);
  try {
    const canvasContext = drawing.context as unknown as CanvasRenderingContext2D;
    await page.render({ canvas: drawing.canvas as HTMLCanvasElement, canvasContext, viewport, background: "#ffffff" }).promise;
    const { data } = drawing.context.getImageData(0, 0, width, height);
    // Unit square → pixels (rows from the top) → PDF user space.
    const placement = compose(invert(viewport.transform as Matrix), [width, 0, 0, -height, 0, height]);
    return { image: greyOf({ width, height, kind: RGBA, data }), placement };
  } finally {
    canvases.destroy(drawing);
  }
}

/** How the pages become images: the picture a scan paints, or the page drawn (mojibake text). */
export type PageSource = "image" | "drawing";

async function pageImage(document: PDFDocumentProxy, page: PDFPageProxy, ops: PdfOps, source: PageSource): Promise<ScannedPage | null> {
  try {
    return source === "image" ? await scannedPage(page, ops) : await renderedPage(page, document.canvasFactory as CanvasFactory);
  } catch {
    throw new ExtractError("damaged-file", `第 ${page.pageNumber} 页的${source === "image" ? "图片" : "内容"}无法读取`);
  }
}

/** Pages read at once: while one page's text is recognised, the next one's image is prepared and read. */
const PAGES_AT_ONCE = 2;

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

const EMPTY_PAGE: PageContent = { texts: [], segments: [], hasImages: false, drawsText: false, toUser: (box) => box };

/** Told as pages are done: pages done so far, and the total. */
export async function recognisePdf(
  document: PDFDocumentProxy,
  ops: PdfOps,
  engine: OcrEngine,
  source: PageSource,
  onPage?: PageProgress,
): Promise<ExtractedDocument> {
  const total = document.numPages;
  const contents: PageContent[] = [];
  const uncertain = new Map<number, Box[]>();
  let [next, done, failed] = [1, 0, false];
  const readPages = async () => {
    while (next <= total && !failed) {
      const number = next++;
      const page = await document.getPage(number);
      const scanned = await pageImage(document, page, ops, source);
      const read = scanned && (await recognisePage(scanned, engine));
      contents[number - 1] = read?.content ?? EMPTY_PAGE;
      if (read) uncertain.set(number, read.uncertain);
      page.cleanup();
      onPage?.(++done, total, "ocr");
    }
  };
  onPage?.(0, total, "ocr");
  // Both readers end before the document is closed: a failing page stops the other reader after its page.
  const outcomes = await Promise.allSettled(Array.from({ length: PAGES_AT_ONCE }, () => readPages().catch((error) => ((failed = true), Promise.reject(error)))));
  const failure = outcomes.find((outcome) => outcome.status === "rejected");
  if (failure) throw failure.reason;
  const blocks = layoutBlocks(contents);
  markUncertain(blocks, uncertain);
  return { format: "pdf", blocks, pageCount: total, ocr: true };
}
