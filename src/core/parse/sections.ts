/** The six sections: headings found by their words and shape, not by their numbering (report-format §2). */
import type { Block } from "../model/document";
import { ARABIC_ITEM, BRACKETED_NUMBER, NUMERAL_CHAR } from "../model/numbering";
import { CHINESE_NUMERALS, SECTIONS } from "../model/template";
import { holdsWord } from "./misread";
import { compact } from "./normalize";
import type { ParsedSection } from "./parsed";

const SECTION_NUMERAL = new RegExp(`^第?(${NUMERAL_CHAR})(?:部分)?[、.．，,：:]`);
const SUB_HEADING = new RegExp(`^${BRACKETED_NUMBER}|^${ARABIC_ITEM}`);
/** A table's caption ("表三 收到和处理…", "…情况统计表") names the section's words but is no heading. */
const TABLE_CAPTION = /^表[一二三四五六0-9]|统计表$|表$/;
/** A heading is short and is not a sentence. */
const HEADING_SLACK = 10;
/** A line saying the section has nothing (“无其他需要报告的事项。”) is the section's content, not its heading. */
const NOTHING_TO_REPORT = /^.{0,8}?(?:无|没有|暂无|不存在)/;

interface HeadingMatch {
  number: number;
  numeral: string | null;
  title: string;
}

/**
 * `recognised`: text read by character recognition, where a heading numbered as its section ("四、…")
 * may have a misread character in its words.
 */
export function matchSectionHeading(text: string, recognised = false): HeadingMatch | null {
  const line = compact(text);
  if (SUB_HEADING.test(line)) return null;
  const numbered = SECTION_NUMERAL.exec(line);
  const title = (numbered ? line.slice(numbered[0].length) : line).replace(/[。：:]$/, "");
  if (/[，。；,;]/.test(title) || TABLE_CAPTION.test(title) || (!numbered && NOTHING_TO_REPORT.test(title))) return null;
  const section = SECTIONS.find((candidate) => {
    const forgiving = recognised && numbered?.[1] === CHINESE_NUMERALS[candidate.number - 1];
    return title.length <= candidate.title.length + HEADING_SLACK && candidate.keywords.every((group) => group.some((word) => holdsWord(title, word, forgiving)));
  });
  return section ? { number: section.number, numeral: numbered ? numbered[1] : null, title } : null;
}

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
