/** Types of pdfjs-node.mjs (plain JavaScript). */
import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PdfAssets } from "../core/extract/pdfjs-api";

export const pdfjs: typeof PdfJsModule;
export const assets: PdfAssets;
