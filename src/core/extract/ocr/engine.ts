/**
 * What the OCR code needs from a character recogniser, and the reading of Tesseract's TSV output into
 * lines. The recogniser itself (tesseract.js) is passed in, like pdf.js: from node_modules in Node, from
 * the app's own origin in the page.
 */
import type { GreyImage, PixelBox } from "./image";

/** What an image holds: a table cell of digits, a cell of text, or the text of a whole page. */
export type ReadMode = "digits" | "cell" | "page";

export interface OcrLine {
  text: string;
  /** In the image's pixels, top-left origin. */
  box: PixelBox;
  /** Tesseract's confidence, 0–100: the lowest of the line's words. */
  confidence: number;
}

export interface OcrEngine {
  /** `dpi`: the image's resolution, which the recogniser otherwise guesses. */
  read(image: GreyImage, mode: ReadMode, dpi: number): Promise<OcrLine[]>;
  /** Frees the recogniser (its workers and memory). */
  close(): Promise<void>;
}

/** An engine made on its first use: loading a recogniser takes seconds, and most files need none. */
export function lazyEngine(make: () => Promise<OcrEngine>): OcrEngine {
  let engine: Promise<OcrEngine> | null = null;
  return {
    async read(image, mode, dpi) {
      engine ??= make();
      return (await engine).read(image, mode, dpi);
    },
    async close() {
      if (engine) await (await engine).close();
      engine = null;
    },
  };
}

const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201d\\u2026";
/** Tesseract separates CJK characters with spaces; a space next to one is dropped, between Latin words kept. */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, "gu");

/** Angle brackets 〈〉 stand in no report; Tesseract reads them for a parenthesis's hook. */
const MISREAD = new Map([["〈", "("], ["〉", ")"]]);

export function joinWords(words: string[]): string {
  return words.join(" ").replace(SPACE_BY_CJK, "").replace(/[〈〉]/g, (bracket) => MISREAD.get(bracket)!).trim();
}

/**
 * Lines from Tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height,
 * confidence, text): the words of each line, joined, with the line's box.
 */
export function linesFromTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, { words: string[]; box: PixelBox; confidence: number }>();
  for (const row of tsv.split("\n")) {
    const fields = row.split("\t");
    if (fields[0] !== "5" || fields.length < 12) continue;
    const text = fields.slice(11).join("\t").trim();
    if (!text) continue;
    const [left, top, width, height, confidence] = fields.slice(6, 11).map(Number);
    const key = fields.slice(1, 5).join(".");
    const line = lines.get(key);
    const box: PixelBox = [left, top, left + width, top + height];
    if (!line) {
      lines.set(key, { words: [text], box, confidence });
      continue;
    }
    line.words.push(text);
    line.box = [Math.min(line.box[0], box[0]), Math.min(line.box[1], box[1]), Math.max(line.box[2], box[2]), Math.max(line.box[3], box[3])];
    line.confidence = Math.min(line.confidence, confidence);
  }
  return [...lines.values()].map(({ words, box, confidence }) => ({ text: joinWords(words), box, confidence })).filter((line) => line.text);
}
