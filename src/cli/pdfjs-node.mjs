/**
 * pdf.js for Node, loaded once per thread: its legacy build, with its worker code in the same thread
 * (as `globalThis.pdfjsWorker`, where pdf.js looks first, so that no document loads it again), and the
 * built-ins its polyfills replaced put back (node-polyfills.mjs). Plain JavaScript, so that the test
 * runner's worker threads and the benchmark's yardstick (scripts/bench/pdfjs-extraction.mjs) load pdf.js
 * exactly as the command line does. Types: pdfjs.ts.
 */
import { restoreNativeBuiltins } from "./node-polyfills.mjs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";

globalThis.pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();

const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

export { pdfjs };

/** The folders pdf.js reads cMaps, standard fonts and wasm decoders from. */
export const assets = {
  cMapUrl: join(root, "cmaps") + sep,
  standardFontDataUrl: join(root, "standard_fonts") + sep,
  wasmUrl: join(root, "wasm") + sep,
};
