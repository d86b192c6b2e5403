import type { Rule } from "../rule";
import { GB_15835 } from "../lib/basis";
import { isHan, paragraphPieces, quoteAround } from "../lib/pieces";

const NUMBER = /[0-9０-９]+(?:[.,][0-9０-９]+)*/g;
const SPACE = /^[ \u3000\u00a0]$/;
/** Text without any such space (most of it) holds no spaced number. */
const ANY_SPACE = /[ \u3000\u00a0]/;

/** How many spaces run from `at` in the direction `step` (-1: the characters before `at`). */
function spacesFrom(text: string, at: number, step: 1 | -1): number {
  let count = 0;
  while (SPACE.test(text[step > 0 ? at + count : at - count - 1] ?? "")) count++;
  return count;
}

/** The spaces between a number at [start, end) and a Chinese character next to it, as a range; null when there are none. */
function spacedNumber(text: string, start: number, end: number): [number, number] | null {
  const before = spacesFrom(text, start, -1);
  const after = spacesFrom(text, end, 1);
  const from = before && isHan(text[start - before - 1]) ? start - before : start;
  const to = after && isHan(text[end + after]) ? end + after : end;
  return from < start || to > end ? [from, to] : null;
}

export const spaceCjkDigit: Rule = {
  id: "typo/space-cjk-digit",
  severity: "info",
  title: "汉字与数字之间有空格",
  description: "正文段落中汉字与阿拉伯数字之间夹有空格，如“2023 年”“98 条”。PDF 不检查：抽取文字时常在此处插入空格。",
  basis: `${GB_15835}；公文数字用法惯例`,
  example: { wrong: "依托北关区人民政府网发布信息 98 条", right: "依托北关区人民政府网发布信息98条" },
  skipFormats: ["pdf"],
  check({ parsed }) {
    return paragraphPieces(parsed).flatMap((piece) =>
      [...(ANY_SPACE.test(piece.text) ? piece.text.matchAll(NUMBER) : [])].flatMap((match) => {
        const range = spacedNumber(piece.text, match.index, match.index + match[0].length);
        if (!range) return [];
        const [from, to] = range;
        const wrong = quoteAround(piece.text, from, to, 2);
        const right = quoteAround(piece.text, from, to, 2, match[0]);
        return [{ message: `“${wrong}”中有多余空格，应写作“${right}”。`, location: piece.locate(from, to) }];
      }),
    );
  },
};
