/**
 * What pdf.js 5.6 needs from Node 20 that Node lacks, and what its legacy build takes away. Plain
 * JavaScript, imported before pdf.js loads (see pdfjs-node.mjs; a worker thread of the tests loads it
 * before tsx, see check-worker.mjs).
 *
 * Needs: `Promise.withResolvers` is polyfilled by the legacy build itself and `process.getBuiltinModule`
 * is there since Node 20.16; but pdf.js constructs a `DOMMatrix` while it loads, which it takes from the
 * optional package @napi-rs/canvas. Where that package cannot load, an empty stand-in lets pdf.js load:
 * reading text never uses it. And a `FontFace` (below).
 *
 * Takes away: the legacy build (and its worker code) carries core-js, which finds V8's `Array.prototype.push`,
 * `JSON.stringify` and `JSON.parse` short of the latest specification in corners no one here reaches
 * (arrays over 2³² elements, raw JSON) and replaces them, for the whole thread, with versions written in
 * JavaScript: `push` alone then took a quarter of a PDF check's time, pdf.js's and ours. They are kept here,
 * before pdf.js loads, so that `restoreNativeBuiltins` can put them back once it has.
 */
import { createRequire } from "node:module";

if (!globalThis.DOMMatrix) {
  try {
    globalThis.DOMMatrix = createRequire(import.meta.url)("@napi-rs/canvas").DOMMatrix;
  } catch {
    globalThis.DOMMatrix = class DOMMatrix {};
  }
}

/**
 * pdf.js hands each embedded font of a document it reads to a `FontFace` (see NO_FONTS in
 * src/core/extract/pdf.ts) and waits until it is loaded. Nothing is drawn with these fonts in Node: pages
 * drawn for character recognition come from a document whose glyphs pdf.js draws itself.
 */
globalThis.FontFace ??= class FontFace {
  constructor(family) {
    this.family = family;
    this.loaded = Promise.resolve(this);
  }
};

const NATIVE = [
  [Array.prototype, "push"],
  [JSON, "stringify"],
  [JSON, "parse"],
].map(([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key) }));

/** Puts back the built-ins pdf.js's legacy build replaced; call it once pdf.js and its worker code have loaded. */
export function restoreNativeBuiltins() {
  for (const { owner, key, descriptor } of NATIVE) Object.defineProperty(owner, key, descriptor);
}
