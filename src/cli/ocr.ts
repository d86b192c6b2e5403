/** Character recognition in Node: tesseract.js with its core and the chi_sim data from node_modules. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createWorker } from "tesseract.js";
import type { OcrEngine } from "../core/extract/ocr/engine";
import { tesseractEngine } from "../core/extract/ocr/tesseract";

const require = createRequire(import.meta.url);

export function nodeOcrEngine(): Promise<OcrEngine> {
  const langPath = join(dirname(require.resolve("@tesseract.js-data/chi_sim/package.json")), "4.0.0_best_int");
  return tesseractEngine(createWorker, { langPath });
}
