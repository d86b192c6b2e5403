/**
 * The readers the check worker gives the core: DOCX and HTML directly, PDF through pdf.js and Word 97–2003
 * (.doc, .wps) through its own reader, each loaded when the first such file arrives.
 */
import type { CheckOptions } from "../core/check";
import { extractDocx } from "../core/extract/docx";
import { extractHtml } from "../core/extract/html";
import { lazyEngine, type OcrEngine } from "../core/extract/ocr/engine";
import { tesseractEngine, type OcrAssets } from "../core/extract/ocr/tesseract";
import { extractPdf } from "../core/extract/pdf";
import type { PdfAssets, PdfJs } from "../core/extract/pdfjs-api";

let loadingPdfJs: Promise<PdfJs> | null = null;

/**
 * pdf.js and its worker code, loaded when the first PDF arrives. We are already in a Web Worker, so pdf.js
 * runs its worker code in this thread (its "fake worker"): it takes `globalThis.pdfjsWorker` when that is
 * set before `getDocument`, instead of starting a worker of its own. Loading the worker code also makes it
 * greet this worker's owner with a "ready" message; the page ignores messages that answer no request.
 */
function loadPdfJs(): Promise<PdfJs> {
  loadingPdfJs ??= Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs")]).then(
    ([pdfjs, { WorkerMessageHandler }]) => {
      Object.assign(globalThis, { pdfjsWorker: { WorkerMessageHandler } });
      return { getDocument: pdfjs.getDocument, OPS: pdfjs.OPS, VerbosityLevel: pdfjs.VerbosityLevel, CanvasFactory: OffscreenCanvasFactory };
    },
  );
  return loadingPdfJs;
}

interface Drawing {
  canvas: OffscreenCanvas | null;
  context: OffscreenCanvasRenderingContext2D | null;
}

/**
 * Canvases for pdf.js when it draws a page for character recognition (mojibake fonts): pdf.js's own
 * factory makes them with `document`, which a Web Worker lacks. The methods pdf.js calls on its factory.
 */
class OffscreenCanvasFactory {
  create(width: number, height: number): Drawing {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext("2d", { willReadFrequently: true }) };
  }

  reset(drawing: Drawing, width: number, height: number): void {
    drawing.canvas!.width = width;
    drawing.canvas!.height = height;
  }

  destroy(drawing: Drawing): void {
    drawing.canvas!.width = drawing.canvas!.height = 0;
    drawing.canvas = drawing.context = null;
  }
}

/**
 * tesseract.js, loaded when a scan is to be read: its own worker (not a blob URL, which the page's policy
 * forbids) with the wasm core and the Chinese data from our own origin.
 */
export function browserOcrEngine(assets: OcrAssets): OcrEngine {
  return lazyEngine(async () => {
    const { createWorker } = await import("tesseract.js");
    return tesseractEngine(createWorker, { ...assets, workerBlobURL: false });
  });
}

/** `pdfAssets`: absolute URLs on the app's own origin, computed by the page (see worker-pool.ts); `ocr` reads scans. */
export function browserExtractors(pdfAssets: PdfAssets, ocr?: OcrEngine): NonNullable<CheckOptions["extractors"]> {
  return {
    pdf: async (bytes, onPage) => extractPdf(bytes, await loadPdfJs(), pdfAssets, onPage, ocr),
    docx: extractDocx,
    doc: async (bytes) => (await import("../core/extract/doc")).extractDoc(bytes),
    html: extractHtml,
  };
}
