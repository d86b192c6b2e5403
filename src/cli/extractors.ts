import type { CheckOptions } from "../core/check";
import { extractDoc } from "../core/extract/doc";
import { extractDocx } from "../core/extract/docx";
import { extractHtml } from "../core/extract/html";
import { lazyEngine, type OcrEngine } from "../core/extract/ocr/engine";
import { extractPdf } from "../core/extract/pdf";
import type { PageProgress } from "../core/extract/pdfjs-api";

/**
 * pdf.js loads when the first PDF arrives, and the recogniser when the first scan does, so that a thread
 * starts at once and a batch of text or Word files never loads them.
 */
async function readPdf(bytes: Uint8Array, onPage?: PageProgress, engine?: OcrEngine) {
  const { nodeAssets, pdfjsLegacy } = await import("./pdfjs");
  return extractPdf(bytes, pdfjsLegacy, nodeAssets, onPage, engine);
}

export const nodeExtractors: NonNullable<CheckOptions["extractors"]> = {
  pdf: (bytes, onPage) => readPdf(bytes, onPage),
  docx: extractDocx,
  doc: extractDoc,
  html: extractHtml,
};

/** The same, reading scans and mojibake PDFs by character recognition. */
export function ocrExtractors(): NonNullable<CheckOptions["extractors"]> {
  const engine = lazyEngine(async () => (await import("./ocr")).nodeOcrEngine());
  return { ...nodeExtractors, pdf: (bytes, onPage) => readPdf(bytes, onPage, engine) };
}
