/**
 * pdf.js as the command line loads it: its worker code in the same thread, and the built-ins that its
 * legacy build's core-js replaces for the whole thread (a JavaScript `push` took a quarter of a check's
 * time) back as they were, also after a document has been read (pdf.js would load its worker code then,
 * which replaces them again, had pdfjs-node.mjs not loaded it first).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractPdf } from "../core/extract/pdf";

/** core-js leaves this on the global object once loaded: proof that pdf.js had not loaded before the built-ins were taken. */
const CORE_JS = "__core-js_shared__";
const loadedBefore = CORE_JS in globalThis;
const builtIns = () => [Array.prototype.push, JSON.stringify, JSON.parse];
const natives = builtIns();

describe("pdf.js in Node (pdfjs.ts)", () => {
  it("leaves Array.prototype.push, JSON.stringify and JSON.parse native after pdf.js loaded and read a PDF", async () => {
    expect(loadedBefore).toBe(false);
    const { nodeAssets, pdfjsLegacy } = await import("./pdfjs");
    expect(CORE_JS in globalThis).toBe(true);
    const document = await extractPdf(await readFile("test/fixtures/real/hongze-2024.pdf"), pdfjsLegacy, nodeAssets);
    expect(document.pageCount).toBeGreaterThan(0);
    const after = builtIns();
    natives.forEach((native, index) => expect(after[index]).toBe(native));
    // Not enumerable, as they were: `for…in` over an array or JSON sees no new key.
    expect(Object.keys(Array.prototype)).toEqual([]);
    expect(Object.keys(JSON)).toEqual([]);
  });
});
