/**
 * pdf.js for Node (tests, command line): its legacy build and the folders it reads cMaps, standard fonts
 * and wasm decoders from. Import this module, never pdf.js directly: pdfjs-node.mjs loads it with the
 * polyfills it needs and without the slow built-ins it brings.
 */
import type { PdfAssets } from "../core/extract/pdfjs-api";
import { assets, pdfjs } from "./pdfjs-node.mjs";

export const pdfjsLegacy = pdfjs;

export const nodeAssets: PdfAssets = assets;
