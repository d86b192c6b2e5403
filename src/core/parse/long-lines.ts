/**
 * A report whose lines were run together (text copied by some tools from a web page, a PDF without line
 * structure): a paragraph that holds section headings inside it ("…情况。二、主动公开政府信息情况第二十条…")
 * is cut before each of them and after them, and a title at its start is cut off, so the parser sees the
 * paragraphs a reader sees. Table labels ("一、本年新收…", "四、结转下年度…") and list items do not name a
 * section (matchSectionHeading), so they never cut.
 */
import type { Block, ParagraphBlock, TextSpan } from "../model/document";
import type { Location } from "../model/location";
import { CHINESE_NUMERALS, SECTIONS } from "../model/template";
import { escapeRegExp } from "../text/normalize";
import { matchSectionHeading } from "../text/section-heading";

/** Shorter paragraphs are left alone: a heading inside them is a quotation, not a run-together line. */
const MIN_LENGTH = 60;
/** What may stand before a heading inside a line: the end of a sentence, a table's last figure or mark. */
const BOUNDARY = /^[。；！？：:）)”"0-9０-９/／—\-]$/;
/** Words a heading ends with, when the text goes on right after it without a stop. */
const HEADING_END = /^.*?(?:情况|措施|事项|问题)/;
const TITLE = /^[^。，；]{2,60}?(?:19|20)\d{2}\s*年度?\s*政府信息公开(?:工作)?(?:年度)?报告/;

interface Cut {
  start: number;
  end: number;
  number: number;
}

/** The heading of `number` that starts at `start`, as [start, end), or null. */
function headingAt(text: string, start: number, number: number, numbered: boolean): Cut | null {
  const section = SECTIONS[number - 1];
  const titleStart = numbered ? start + 2 : start;
  const full = [section.title, ...section.variants].filter((title) => text.startsWith(title, titleStart)).sort((a, b) => b.length - a.length)[0];
  if (full) return { start, end: titleStart + full.length, number };
  if (!numbered) return null;
  for (let end = titleStart + 2; end <= Math.min(text.length, titleStart + section.title.length + 10); end++) {
    if (matchSectionHeading(text.slice(start, end))?.number !== number) continue;
    const ending = HEADING_END.exec(text.slice(end, titleStart + section.title.length + 10));
    return { start, end: ending ? end + ending[0].length : end, number };
  }
  return null;
}

/** The numbering and words a heading inside a line is looked for at: most paragraphs hold none, and are passed over in one search. */
const HEADING_START = new RegExp(
  SECTIONS.flatMap(({ number, title, variants }) => [`${CHINESE_NUMERALS[number - 1]}、`, title, ...variants]).map(escapeRegExp).join("|"),
);

/** Section headings inside the text, in order of place and of number; a title's end also counts as a boundary. */
function headingCuts(text: string, titleEnd: number): Cut[] {
  const candidates: Cut[] = [];
  const boundary = (at: number) => at === titleEnd || BOUNDARY.test(text[at - 1] ?? "");
  SECTIONS.forEach(({ number, title, variants }) => {
    const numeral = `${CHINESE_NUMERALS[number - 1]}、`;
    for (let at = text.indexOf(numeral); at >= 0; at = text.indexOf(numeral, at + 1)) {
      const cut = (at === 0 || boundary(at)) && headingAt(text, at, number, true);
      if (cut) candidates.push(cut);
    }
    for (const words of [title, ...variants]) {
      for (let at = text.indexOf(words, 1); at >= 0; at = text.indexOf(words, at + 1)) {
        const cut = boundary(at) && headingAt(text, at, number, false);
        if (cut) candidates.push(cut);
      }
    }
  });
  const cuts: Cut[] = [];
  for (const cut of candidates.sort((a, b) => a.start - b.start)) {
    const last = cuts[cuts.length - 1];
    if (!last || (cut.start >= last.end && cut.number > last.number)) cuts.push(cut);
  }
  return cuts;
}

function pieceLocation(block: ParagraphBlock, start: number, end: number, spans: TextSpan[] | undefined): Location {
  const { location } = block;
  if (spans?.length) {
    const [first] = spans;
    if (first.location.kind !== "pdf") return first.location;
    const page = first.location.page;
    const boxes = spans.flatMap(({ location: at }) => (at.kind === "pdf" && at.page === page ? [at.box] : []));
    return { kind: "pdf", page, box: [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] };
  }
  if (location.kind === "text" && location.endLine === location.line) {
    return { ...location, column: location.column + start, endColumn: location.column + end };
  }
  if (location.kind === "docx") return { ...location, start: (location.start ?? 0) + start, end: (location.start ?? 0) + end };
  return location;
}

function piece(block: ParagraphBlock, start: number, end: number): ParagraphBlock {
  const spans = block.spans
    ?.filter((span) => span.end > start && span.start < end)
    .map((span) => ({ ...span, start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start }));
  const location = pieceLocation(block, start, end, block.spans?.filter((span) => span.end > start && span.start < end));
  return { type: "paragraph", text: block.text.slice(start, end), location, ...(spans && { spans }) };
}

function splitParagraph(block: ParagraphBlock): ParagraphBlock[] {
  const { text } = block;
  // Without a heading's numbering or words inside (most paragraphs), there is nothing to cut: the title is not looked for.
  if (text.length < MIN_LENGTH || !HEADING_START.test(text)) return [block];
  const titleEnd = TITLE.exec(text)?.[0].length ?? 0;
  const cuts = headingCuts(text, titleEnd);
  if (!cuts.some((cut) => cut.start > 0 || cut.end < text.length)) return [block];
  const bounds = new Set<number>([0, text.length]);
  if (titleEnd && titleEnd <= cuts[0].start) bounds.add(titleEnd);
  for (const cut of cuts) {
    bounds.add(cut.start);
    bounds.add(cut.end);
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  return sorted.slice(1).flatMap((end, i) => (text.slice(sorted[i], end).trim() ? [piece(block, sorted[i], end)] : []));
}

export function splitLongLines(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => (block.type === "paragraph" ? splitParagraph(block) : [block]));
}
