// What the PDF reader asks of pdf.js, and nothing more: each page's text content and, if asked, its
// operator list. Plain JavaScript, so that `node scripts/bench/pdfjs-extraction.mjs FILE...` extracts
// files in a process of its own as fast as Node can start: the yardstick of the command line's batch.
import "../../src/cli/node-polyfills.mjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const assets = { cMapUrl: join(root, "cmaps") + sep, standardFontDataUrl: join(root, "standard_fonts") + sep, wasmUrl: join(root, "wasm") + sep };

/** Extracts every page; returns the number of pages. */
export async function pdfjsExtraction(bytes, withOperators) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...assets,
    cMapPacked: true,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  const document = await task.promise;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    await Promise.all([page.getTextContent(), withOperators ? page.getOperatorList() : null]);
    page.cleanup();
  }
  const pages = document.numPages;
  await document.destroy();
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) await pdfjsExtraction(readFileSync(file), true);
}
