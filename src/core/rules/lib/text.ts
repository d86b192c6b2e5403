/** Reading the report's prose for the text rules: paragraphs by section, and character ranges → locations. */
import type { ParagraphBlock } from "../../model/document";
import type { Location } from "../../model/location";
import type { ParsedReport, ParsedSection } from "../../parse/parsed";
import { cached } from "./memo";

export interface IndexedParagraph {
  block: ParagraphBlock;
  index: number;
}

/** Body paragraphs of section `number` (heading excluded), or [] when the section is missing. */
export function sectionParagraphs(parsed: ParsedReport, number: number): IndexedParagraph[] {
  const section = parsed.sections.find((s) => s.number === number);
  if (!section) return [];
  return cached(paragraphsOfSection, section, () => paragraphsBetween(parsed, section.blockIndex + 1, section.endBlock));
}

/** Every paragraph of the document, tables and a web page's own lines left out. */
export function allParagraphs(parsed: ParsedReport): IndexedParagraph[] {
  return cached(paragraphsOfReport, parsed, () => paragraphsBetween(parsed, 0, parsed.document.blocks.length));
}

/** Made once per check (memo.ts): the same lists, so that what rules build on them is shared as well (prose.ts). */
const paragraphsOfSection = new WeakMap<ParsedSection, IndexedParagraph[]>();
const paragraphsOfReport = new WeakMap<ParsedReport, IndexedParagraph[]>();

/** The paragraphs of blocks [from, to), a web page's own lines (parsed.pageLines) left out. */
function paragraphsBetween(parsed: ParsedReport, from: number, to: number): IndexedParagraph[] {
  const found: IndexedParagraph[] = [];
  const pageLines = new Set(parsed.pageLines);
  for (let index = from; index < to; index++) {
    const block = parsed.document.blocks[index];
    if (block.type === "paragraph" && !pageLines.has(index)) found.push({ block, index });
  }
  return found;
}

/**
 * Where characters [start, end) of a paragraph are: a line and columns in text and HTML, block and
 * offsets in DOCX, the boxes of the PDF text items they fall in.
 */
export function rangeLocation(block: ParagraphBlock, start: number, end: number): Location {
  const { location } = block;
  if (block.spans?.length) {
    const touched = block.spans.filter((span) => span.start < end && span.end > start);
    const spans = touched.length ? touched : [block.spans[0]];
    const boxes = spans.flatMap(({ location: at }) => (at.kind === "pdf" ? [{ page: at.page, box: at.box }] : []));
    const [first] = spans;
    return boxes.length > 1 && first.location.kind === "pdf" ? { ...first.location, boxes } : first.location;
  }
  if (location.kind === "text") {
    return { kind: "text", line: location.line, column: location.column + start, endLine: location.line, endColumn: location.column + end };
  }
  if (location.kind === "docx") return { kind: "docx", block: location.block, start, end };
  return location;
}
