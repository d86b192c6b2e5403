// What the PDF reader asks of pdf.js, and nothing more: each page's text content and, if asked, its
// operator list, with the reader's options (src/core/extract/pdf.ts, openDocument: fonts handed over, no
// glyph outlines drawn). Plain JavaScript, so that `node scripts/bench/pdfjs-extraction.mjs FILE...`
// extracts files in a process of its own as fast as Node can start: the yardstick of the command line's batch.
// pdf.js is loaded as the command line loads it (src/cli/pdfjs-node.mjs).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assets, pdfjs } from "../../src/cli/pdfjs-node.mjs";

/** Extracts every page; returns the number of pages. */
export async function pdfjsExtraction(bytes, withOperators) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...assets,
    cMapPacked: true,
    disableFontFace: false,
    ownerDocument: { fonts: { add() {}, delete() {} } },
    useSystemFonts: false,
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
