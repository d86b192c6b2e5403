/**
 * pdf.js for Node (tests, command line): its legacy build and the folders it reads cMaps, standard fonts
 * and wasm decoders from. Import this module, never pdf.js directly, so the polyfill below runs first.
 */
import "./node-polyfills.mjs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import * as pdfjsLegacy from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PdfAssets } from "../core/extract/pdfjs-api";

const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

export { pdfjsLegacy };

export const nodeAssets: PdfAssets = {
  cMapUrl: join(root, "cmaps") + sep,
  standardFontDataUrl: join(root, "standard_fonts") + sep,
  wasmUrl: join(root, "wasm") + sep,
};
