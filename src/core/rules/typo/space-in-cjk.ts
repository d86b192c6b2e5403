import type { ParagraphBlock, TextSpan } from "../../model/document";
import { BRACKETED_NUMBER, CHINESE_NUMERAL } from "../../model/numbering";
import type { FindingDraft, Rule } from "../rule";
import { allParagraphs, rangeLocation } from "../lib/text";
import { quoteAround } from "../lib/pieces";

const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})[ \u3000\u00a0]+(?=\p{Script=Han})/gu;
/** What every such space is: text without one (most of it) is passed over without the slower pattern. */
const ANY_SPACE = /[ \u3000\u00a0]/;

/** A heading spread out with spaces to centre it ("目  录", "一、总 体 情 况"): the spaces are layout. */
const LETTER_SPACED = new RegExp(
  `^[\\s\\u3000]*(?:${CHINESE_NUMERAL}[、.．]|${BRACKETED_NUMBER})?\\p{Script=Han}(?:[ \\u3000\\u00a0]+\\p{Script=Han})+[\\s\\u3000]*$`,
  "u",
);

function spanAt(spans: TextSpan[], index: number): TextSpan | undefined {
  return spans.find((span) => span.start <= index && index < span.end);
}

function charWidth(span: TextSpan): number {
  if (span.location.kind !== "pdf") return 0;
  const [x0, , x1] = span.location.box;
  return (x1 - x0) / Math.max(1, span.end - span.start);
}

/**
 * PDF text carries spaces wherever text items meet, so a space counts only when the glyphs on either
 * side sit on one line and further apart than a character is wide.
 */
function wideGlyphGap(block: ParagraphBlock, start: number, end: number): boolean {
  const before = block.spans && spanAt(block.spans, start - 1);
  const after = block.spans && spanAt(block.spans, end);
  if (!before || !after || before === after) return false;
  const [a, b] = [before.location, after.location];
  if (a.kind !== "pdf" || b.kind !== "pdf" || a.page !== b.page) return false;
  const sameLine = a.box[1] < b.box[3] && b.box[1] < a.box[3];
  return sameLine && b.box[0] - a.box[2] > Math.max(charWidth(before), charWidth(after));
}

export const spaceInCjk: Rule = {
  id: "typo/space-in-cjk",
  severity: "warning",
  title: "汉字之间有多余空格",
  description:
    "正文段落中两个汉字之间夹有半角或全角空格。段首缩进、表格单元格、标题以及用空格撑开居中的标题（如“目  录”）不算。" +
    "PDF 的空格是按字形间距推断的，只在两侧字形的间距确实大于一个字宽时才提示。",
  basis: "公文文字规范；国家通用语言文字书写惯例（汉字之间不加空格）",
  example: { wrong: "（京兴政  务公开办发〔2024〕1号）", right: "（京兴政务公开办发〔2024〕1号）" },
  check({ parsed }) {
    const titleBlocks = new Set(parsed.title?.blocks ?? []);
    const isPdf = parsed.document.format === "pdf";
    const findings: FindingDraft[] = [];
    for (const { block, index } of allParagraphs(parsed)) {
      if (titleBlocks.has(index) || !ANY_SPACE.test(block.text) || LETTER_SPACED.test(block.text)) continue;
      for (const match of block.text.matchAll(SPACE_BETWEEN_HAN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (isPdf && !wideGlyphGap(block, start, end)) continue;
        findings.push({
          message: `“${quoteAround(block.text, start, end)}”中有多余空格，应写作“${quoteAround(block.text, start, end, 4, "")}”。`,
          // a PDF space is no glyph of its own: the place is the two characters around it
          location: isPdf ? rangeLocation(block, start - 1, end + 1) : rangeLocation(block, start, end),
        });
      }
    }
    return findings;
  },
};
