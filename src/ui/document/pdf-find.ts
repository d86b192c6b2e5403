/**
 * Find in the whole PDF: our own search over the extracted blocks, so it reaches every page, drawn or not
 * (the browser's find only sees the text layers of drawn pages). Each match gives its page and, where the
 * extraction kept one, the box of the text (the span holding the match, else the paragraph or cell).
 */
import type { Block, ParagraphBlock } from "../../core/model/document";
import type { Box, Location } from "../../core/model/location";

export interface FoundPlace {
  page: number;
  box: Box | null;
  /** The text around the match, to show in the list of matches. */
  excerpt: string;
}

/** Letters compared without case; spaces typed in the query are not required (PDF text is often spaced oddly). */
function normalized(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

/** Offsets in `text` where `query` starts, comparing without spaces; with the offset of each in the original text. */
function matchOffsets(text: string, query: string): number[] {
  const wanted = normalized(query);
  if (!wanted) return [];
  const kept: number[] = [];
  let plain = "";
  for (let at = 0; at < text.length; at++) {
    if (/\s/.test(text[at])) continue;
    kept.push(at);
    plain += text[at].toLowerCase();
  }
  const offsets: number[] = [];
  for (let at = plain.indexOf(wanted); at >= 0; at = plain.indexOf(wanted, at + wanted.length)) offsets.push(kept[at]);
  return offsets;
}

function excerptOf(text: string, offset: number): string {
  const start = Math.max(0, offset - 12);
  return `${start > 0 ? "…" : ""}${text.slice(start, offset + 24).replace(/\s+/g, " ")}${offset + 24 < text.length ? "…" : ""}`;
}

function placeOf(location: Location): { page: number; box: Box | null } | null {
  return location.kind === "pdf" ? { page: location.page, box: location.box } : null;
}

/** A match in a paragraph: at its span's place when the paragraph has spans, else at the paragraph's. */
function paragraphPlace(block: ParagraphBlock, offset: number): { page: number; box: Box | null } | null {
  const span = block.spans?.find((candidate) => candidate.start <= offset && offset < candidate.end);
  return (span && placeOf(span.location)) ?? placeOf(block.location);
}

/** Every match of `query` in the blocks, in reading order. */
export function findInBlocks(blocks: Block[], query: string): FoundPlace[] {
  const found: FoundPlace[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") {
      for (const offset of matchOffsets(block.text, query)) {
        const place = paragraphPlace(block, offset);
        if (place) found.push({ ...place, excerpt: excerptOf(block.text, offset) });
      }
      continue;
    }
    for (const cell of block.rows.flat()) {
      const place = placeOf(cell.location) ?? placeOf(block.location);
      for (const offset of matchOffsets(cell.text, query)) if (place) found.push({ ...place, excerpt: excerptOf(cell.text, offset) });
    }
  }
  return found;
}
