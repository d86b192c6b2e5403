/**
 * Text lines → paragraphs as the author typed them: a line that runs to the right margin goes on in the
 * next line unless that one is indented, a heading, set apart or in another size; a centred title
 * wrapped over two lines stays one paragraph. Each text item keeps its box as a span.
 */
import type { ParagraphBlock, TextSpan } from "../../model/document";
import { BRACKETED_CHINESE, CHINESE_NUMERAL } from "../../model/numbering";
import type { TextLine } from "./lines";
import type { PdfLocation } from "../../model/location";
import { partsLocation, userBox, type PageFrames } from "./locations";

export interface PageLine {
  line: TextLine;
  page: number;
}

interface Margins {
  left: number;
  right: number;
}

/** A line opening with a heading's numbering (一、 （二）) starts a paragraph of its own. */
const HEADING_START = new RegExp(`^\\s*(?:${CHINESE_NUMERAL}、|${BRACKETED_CHINESE})`);

/** Where body text starts and ends: most lines reach both margins. */
export function margins(lines: TextLine[]): Margins {
  return { left: percentile(lines, 0, 0.1), right: percentile(lines, 2, 0.9) };
}

/** The value of box side `side` below which `share` of the lines' values lie (0 without lines). */
function percentile(lines: TextLine[], side: 0 | 2, share: number): number {
  const values = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) values[i] = lines[i].box[side];
  values.sort();
  return values[Math.floor(share * (values.length - 1))] ?? 0;
}

/** Set in from both margins by about as much on each side. */
function isCentred(line: TextLine, edges: Margins): boolean {
  return Math.abs(line.box[0] - edges.left - (edges.right - line.box[2])) <= line.size;
}

export function continuesParagraph(paragraph: PageLine[], next: PageLine, edges: Margins): boolean {
  const previous = paragraph[paragraph.length - 1];
  const { line: a } = previous;
  const { line: b } = next;
  const size = Math.max(a.size, b.size);
  const sameSize = Math.abs(a.size - b.size) <= 0.15 * size;
  const closeBelow = previous.page !== next.page || (a.baseline > b.baseline && a.baseline - b.baseline <= 2.5 * size);
  const fullLine = a.box[2] >= edges.right - 1.5 * a.size;
  const notIndented = b.box[0] <= edges.left + 0.5 * b.size;
  const centredGoesOn = isCentred(paragraph[0].line, edges) && isCentred(b, edges);
  return sameSize && closeBelow && fullLine && (notIndented || centredGoesOn) && !HEADING_START.test(b.text);
}

export function paragraphBlock(lines: PageLine[], frames: PageFrames): ParagraphBlock {
  let text = "";
  const spans: TextSpan[] = [];
  for (const { line, page } of lines) {
    for (const piece of line.pieces) {
      const location: PdfLocation = { kind: "pdf", page, box: userBox(frames, page, piece.item.box) };
      spans.push({ start: text.length + piece.start, end: text.length + piece.end, location });
    }
    text += line.text;
  }
  const location = partsLocation(frames, lines.map(({ line, page }) => ({ page, box: line.box })));
  return { type: "paragraph", text, location, spans };
}
