/**
 * pdf.js for Node, loaded once per thread: its legacy build and its worker code, which runs in the same
 * thread (on loading it sets `globalThis.pdfjsWorker`, where pdf.js looks before loading it itself), then
 * the built-ins that both replace put back (node-polyfills.mjs): loaded later, by the first document, the
 * worker code would replace them again. Plain JavaScript, so that the test runner's worker threads and
 * the benchmark's yardstick (scripts/bench/pdfjs-extraction.mjs) load pdf.js as the command line does.
 * Types: pdfjs-node.d.mts; TypeScript imports pdfjs.ts.
 */
import { restoreNativeBuiltins } from "./node-polyfills.mjs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import "pdfjs-dist/legacy/build/pdf.worker.mjs";

restoreNativeBuiltins();

const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

export { pdfjs };

/** The folders pdf.js reads cMaps, standard fonts and wasm decoders from. */
export const assets = {
  cMapUrl: join(root, "cmaps") + sep,
  standardFontDataUrl: join(root, "standard_fonts") + sep,
  wasmUrl: join(root, "wasm") + sep,
};
