/**
 * What pdf.js 5.6 needs from Node 20 that Node lacks. `Promise.withResolvers` is polyfilled by the
 * legacy build itself and `process.getBuiltinModule` is there since Node 20.16; but pdf.js constructs a
 * `DOMMatrix` while it loads, which it takes from the optional package @napi-rs/canvas. Where that
 * package cannot load, an empty stand-in lets pdf.js load: reading text never uses it.
 * Plain JavaScript, so that a worker thread can load it, and pdf.js, before tsx (see check-worker.mjs).
 */
import { createRequire } from "node:module";

if (!globalThis.DOMMatrix) {
  try {
    globalThis.DOMMatrix = createRequire(import.meta.url)("@napi-rs/canvas").DOMMatrix;
  } catch {
    globalThis.DOMMatrix = class DOMMatrix {};
  }
}
