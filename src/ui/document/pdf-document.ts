/**
 * pdf.js on the page, to draw a PDF's pages: loaded when the first PDF is shown, with its worker code
 * in a real Web Worker from our own origin, and its cMaps, fonts and wasm decoders from the app's pdfjs/
 * folder (the same assets the check workers use).
 */
import type { PDFDocumentLoadingTask } from "pdfjs-dist";
import { PDF_ASSETS } from "../worker-pool";

type PdfJs = typeof import("pdfjs-dist");

let loading: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs?url")]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return loading;
}

/** Opens the PDF for drawing; destroy the task when the view goes away. */
export async function openPdf(bytes: Uint8Array): Promise<{ pdfjs: PdfJs; task: PDFDocumentLoadingTask }> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // A copy: pdf.js hands the buffer it is given over to its worker, and the page keeps the file's bytes.
    data: bytes.slice(),
    ...PDF_ASSETS,
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  return { pdfjs, task };
}
