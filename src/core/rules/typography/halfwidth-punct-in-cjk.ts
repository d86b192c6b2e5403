import type { FindingDraft, Rule } from "../rule";
import { GB_15834 } from "./basis";
import { scanBrackets } from "./brackets";
import { leadingMarker } from "./numbering";
import { isHan, paragraphPieces, quoteAround, shorten, type TextPiece } from "./pieces";

const FULL_WIDTH: Record<string, string> = { ":": "：", ",": "，" };

/** Chinese on both sides: a Chinese character or a title mark. */
function inChinese(text: string, index: number): boolean {
  const chinese = (char: string | undefined) => isHan(char) || char === "《" || char === "》";
  return chinese(text[index - 1]) && chinese(text[index + 1]);
}

/** Half-width bracket pairs in Chinese text; the numbering a paragraph starts with ("(一)") is not prose. */
function bracketFindings(piece: TextPiece): FindingDraft[] {
  const { text } = piece;
  const numbering = leadingMarker(text);
  return scanBrackets(text)
    .pairs.filter((pair) => pair.openWidth === "half" && pair.closeWidth === "half" && pair.open !== numbering?.start)
    .filter((pair) => inChinese(text, pair.open) || inChinese(text, pair.close))
    .map((pair) => {
      const inner = text.slice(pair.open + 1, pair.close);
      return {
        message: `“${shorten(text.slice(pair.open, pair.close + 1), 24)}”使用了半角括号，中文正文应使用全角括号“（${shorten(inner, 22)}）”。`,
        expected: `（${inner}）`,
        actual: `(${inner})`,
        location: piece.locate(pair.open, pair.close + 1),
      };
    });
}

function stopFindings(piece: TextPiece): FindingDraft[] {
  const { text } = piece;
  return [...text.matchAll(/[:,]/g)]
    .filter((match) => inChinese(text, match.index))
    .map((match) => {
      const mark = match[0];
      return {
        message: `“${quoteAround(text, match.index, match.index + 1)}”中的半角“${mark}”应为全角“${FULL_WIDTH[mark]}”。`,
        expected: FULL_WIDTH[mark],
        actual: mark,
        location: piece.locate(match.index, match.index + 1),
      };
    });
}

export const halfwidthPunctInCjk: Rule = {
  id: "typo/halfwidth-punct-in-cjk",
  severity: "info",
  title: "中文正文使用半角标点",
  description:
    "正文段落中，左右紧邻都是汉字或书名号的半角括号“( )”、冒号“:”、逗号“,”。括号按对提示；段首的序号“(一)”不属此条（由全文括号统一的规则提示）。",
  basis: GB_15834,
  example: {
    wrong: "依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定",
    right: "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定",
  },
  check({ parsed }) {
    return paragraphPieces(parsed).flatMap((piece) => [...bracketFindings(piece), ...stopFindings(piece)]);
  },
};
