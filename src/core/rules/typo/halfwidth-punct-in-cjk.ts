import type { FindingDraft, Rule } from "../rule";
import { GB_15834 } from "../lib/basis";
import { groupBy, withPlaces } from "../lib/repeats";
import { chineseHalfPairs, inChinese } from "../lib/brackets";
import { paragraphPieces, quoteAround, shorten, type TextPiece } from "../lib/pieces";

const FULL_WIDTH: Record<string, string> = { ":": "：", ",": "，" };

function bracketFindings(piece: TextPiece): FindingDraft[] {
  const { text } = piece;
  return chineseHalfPairs(piece).map((pair) => {
      const inner = text.slice(pair.open + 1, pair.close);
      return {
        message: `“${shorten(text.slice(pair.open, pair.close + 1), 24)}”使用了半角括号，中文正文应使用全角括号“（${shorten(inner, 22)}）”。`,
        expected: `（${inner}）`,
        actual: `(${inner})`,
        location: piece.locate(pair.open, pair.close + 1),
      };
    });
}

/** Half-width colons and commas in Chinese text; the same mark in several places is one finding with every place. */
function stopFindings(pieces: TextPiece[]): FindingDraft[] {
  const found = pieces.flatMap(({ text, locate }) =>
    (text.includes(":") || text.includes(",") ? [...text.matchAll(/[:,]/g)] : [])
      .filter((match) => inChinese(text, match.index))
      .map((match) => ({ mark: match[0], quote: quoteAround(text, match.index, match.index + 1), location: locate(match.index, match.index + 1) })),
  );
  return groupBy(found, (one) => one.mark).map((group) => {
    const [{ mark, quote }] = group;
    const times = group.length > 1 ? `等${group.length}处` : "";
    const message = `“${quote}”${times}中的半角“${mark}”应为全角“${FULL_WIDTH[mark]}”。`;
    return withPlaces({ message, expected: FULL_WIDTH[mark], actual: mark, location: group[0].location }, group.map((one) => one.location));
  });
}

export const halfwidthPunctInCjk: Rule = {
  id: "typo/halfwidth-punct-in-cjk",
  severity: "info",
  title: "中文正文使用半角标点",
  description:
    "正文段落中，左右紧邻都是汉字或书名号的半角括号“( )”、冒号“:”、逗号“,”。括号按对提示；同一个半角冒号或逗号出现多处时合为一条，列出每一处；段首的序号“(一)”不属此条（由全文括号统一的规则提示）。",
  basis: GB_15834,
  example: {
    wrong: "依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定",
    right: "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定",
  },
  check({ parsed }) {
    const pieces = paragraphPieces(parsed);
    return [...pieces.flatMap(bracketFindings), ...stopFindings(pieces)];
  },
};
