import type { CheckOptions } from "../core/check";
import { extractDoc } from "../core/extract/doc";
import { extractDocx } from "../core/extract/docx";
import { extractHtml } from "../core/extract/html";
import { lazyEngine } from "../core/extract/ocr/engine";
import { extractPdf } from "../core/extract/pdf";
import { nodeOcrEngine } from "./ocr";
import { nodeAssets, pdfjsLegacy } from "./pdfjs";

export const nodeExtractors: NonNullable<CheckOptions["extractors"]> = {
  pdf: (bytes, onPage) => extractPdf(bytes, pdfjsLegacy, nodeAssets, onPage),
  docx: extractDocx,
  doc: extractDoc,
  html: extractHtml,
};

/** The same, reading scans by character recognition; the recogniser loads when the first scan arrives. */
export function ocrExtractors(): NonNullable<CheckOptions["extractors"]> {
  const engine = lazyEngine(nodeOcrEngine);
  return { ...nodeExtractors, pdf: (bytes, onPage) => extractPdf(bytes, pdfjsLegacy, nodeAssets, onPage, engine) };
}
