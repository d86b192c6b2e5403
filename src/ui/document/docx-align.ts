/**
 * Which element of mammoth's HTML shows which block of `result.blocks`. mammoth drops empty paragraphs
 * and turns numbered paragraphs into list items, so elements cannot be counted against block indexes;
 * they are matched by their text instead, in order. Plain TypeScript, so the node tests can run it.
 */
import type { Block } from "../../core/model/document";

/** A paragraph-like element (p, h1–h6, li) or a table of the rendered document, in document order. */
export interface RenderedBlock {
  kind: Block["type"];
  text: string;
}

/** How far ahead of the last match a block's element is looked for, past elements no block stands for. */
const LOOKAHEAD = 30;

/** Text without any white space: readers differ in tabs, breaks and spaces, not in the characters. */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

function blockText(block: Block): string {
  return block.type === "paragraph" ? block.text : block.rows.flat().map((cell) => cell.text).join("");
}

/** The rendered text starts like the block (a field or control one reader shows and the other does not). */
function similarText(block: string, rendered: string): boolean {
  const length = Math.min(block.length, rendered.length, 12);
  return length >= 4 && block.slice(0, length) === rendered.slice(0, length);
}

/** For each block, the index of the rendered element that shows it, or -1. */
export function alignBlocks(blocks: Block[], rendered: RenderedBlock[]): number[] {
  const texts = rendered.map((element) => compact(element.text));
  let next = 0;
  return blocks.map((block) => {
    const text = compact(blockText(block));
    const end = Math.min(next + LOOKAHEAD, rendered.length);
    const candidates: number[] = [];
    for (let index = next; index < end; index++) if (rendered[index].kind === block.type) candidates.push(index);
    const found = candidates.find((index) => texts[index] === text) ?? candidates.find((index) => similarText(text, texts[index]));
    if (found === undefined) return -1;
    next = found + 1;
    return found;
  });
}
