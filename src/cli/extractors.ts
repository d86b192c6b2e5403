import type { CheckOptions } from "../core/check";
import { extractDoc } from "../core/extract/doc";
import { extractDocx } from "../core/extract/docx";
import { extractHtml } from "../core/extract/html";
import { extractPdf } from "../core/extract/pdf";
import { nodeAssets, pdfjsLegacy } from "./pdfjs";

export const nodeExtractors: NonNullable<CheckOptions["extractors"]> = {
  pdf: (bytes, onPage) => extractPdf(bytes, pdfjsLegacy, nodeAssets, onPage),
  docx: extractDocx,
  doc: extractDoc,
  html: extractHtml,
};
