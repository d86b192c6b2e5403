/**
 * What the PDF reader takes from its caller: pdf.js itself (the legacy build in Node, the worker build on
 * the page), where pdf.js finds its data, and whom to tell of each page read. Shared by pdf.ts and the
 * character recognition of scans (ocr/pdf-ocr.ts).
 */
import type * as PdfJsModule from "pdfjs-dist";

export type PdfJs = Pick<typeof PdfJsModule, "getDocument" | "OPS" | "VerbosityLevel"> & {
  /** The canvases pdf.js draws pages on for character recognition, where its own cannot (a Web Worker has no document). */
  CanvasFactory?: unknown;
};

/** Where pdf.js finds its data: folders (with a trailing slash) in Node, URLs on the app's own origin in the page. */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

/** Told after each page is read, for a progress bar; `step` says when pages are read by character recognition. */
export type PageProgress = (done: number, total: number, step?: "ocr") => void;
