/** The six sections: headings found by their words and shape, not by their numbering (report-format §2). */
import type { Block } from "../model/document";
import { CHINESE_NUMERALS, SECTIONS } from "../model/template";
import { matchSectionHeading, type HeadingMatch } from "../text/section-heading";
import type { ParsedSection } from "./parsed";

function numeralFits(match: HeadingMatch): boolean {
  return match.numeral === CHINESE_NUMERALS[match.number - 1];
}

/** Sections in document order, one per number; a second heading of the same section goes to `duplicates`. */
export function findSections(blocks: Block[], skip: Set<number>, recognised = false): { sections: ParsedSection[]; duplicates: ParsedSection[] } {
  const headings: ParsedSection[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "paragraph" || skip.has(index)) return;
    const match = matchSectionHeading(block.text, recognised);
    if (match) headings.push({ ...match, heading: block.text.trim(), blockIndex: index, endBlock: blocks.length, location: block.location });
  });
  headings.forEach((heading, i) => (heading.endBlock = headings[i + 1]?.blockIndex ?? blocks.length));

  const sections: ParsedSection[] = [];
  const duplicates: ParsedSection[] = [];
  for (const number of SECTIONS.map((s) => s.number)) {
    const candidates = headings.filter((h) => h.number === number);
    const chosen = candidates.find(numeralFits) ?? candidates[0];
    if (chosen) sections.push(chosen);
    duplicates.push(...candidates.filter((c) => c !== chosen));
  }
  sections.sort((a, b) => a.blockIndex - b.blockIndex);
  return { sections, duplicates };
}
