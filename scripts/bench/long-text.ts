/**
 * Long text reports made by code, for the benchmark and the robustness tests (never committed): a seed
 * report grown to a given size in three shapes that once cost the checker more than linear time.
 */
import { readFileSync } from "node:fs";

const SEED = readFileSync(new URL("../../public/samples/004_7be0dca35fed79ae.txt", import.meta.url), "utf8");
/** Where section two starts: prose added before it belongs to section one. */
const SECTION_TWO = SEED.indexOf("二、主动公开政府信息情况");
const SEED_PARAGRAPHS = SEED.split("\n").filter((line) => line.length > 40 && !line.includes("\t"));

/** Pieces made by `piece(i)` for i = 0, 1, … until they hold about `bytes` bytes of UTF-8. */
function grow(bytes: number, piece: (i: number) => string): string[] {
  const pieces: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    pieces.push(piece(i));
    size += Buffer.byteLength(pieces[i]) + 1;
  }
  return pieces;
}

export type LongTextShape = "prose" | "run-on" | "table-rows";

/** What each shape is, for test names and the benchmark's table. */
export const LONG_TEXT_SHAPES: Record<LongTextShape, string> = {
  prose: "正文段落（种子报告的段落反复出现，数字各不相同）",
  "run-on": "一句长达全文、不断句的文字（逗号分隔的数字和“其中”）",
  "table-rows": "以制表符分隔的表格行",
};

/** The seed report grown to about `bytes` bytes (the seed's own 7 KB included) in the given shape. */
export function longTextReport(shape: LongTextShape, bytes: number): string {
  const room = Math.max(0, bytes - Buffer.byteLength(SEED));
  if (shape === "prose") {
    const paragraphs = grow(room, (i) => SEED_PARAGRAPHS[i % SEED_PARAGRAPHS.length].replace(/\d+/g, (digits) => String(Number(digits) + i)) + "\n");
    return SEED.slice(0, SECTION_TWO) + paragraphs.join("\n") + SEED.slice(SECTION_TWO);
  }
  if (shape === "run-on") return `${SEED}\n${grow(room, (i) => `${i % 3 ? "" : "其中"}收到申请${i % 50}件，`).join("")}\n`;
  return `${SEED}\n${grow(room, (i) => `行政规范性文件${i % 97}\t${i % 13}\t${i % 7}\t${i % 5}`).join("\n")}\n`;
}
