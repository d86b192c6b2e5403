import { FORMAT_2021 } from "../lib/basis";
import type { Rule } from "../rule";
import { allPieces, quoteAround } from "../lib/pieces";

interface Term {
  wrong: RegExp;
  right: string;
  /** A plain word every match of `wrong` holds: a piece without it is passed over (no lookbehind tried at every character). */
  holds: string;
}

/**
 * Words the format names otherwise. 转结 only where it means carried over (上年转结, 转结下年度…), not
 * inside other words (流转结束, 周转结算).
 */
const TERMS: Term[] = [
  { wrong: /(?<=年度?)转结|转结(?=下一?年|至|到|数|的?申请|件)/g, right: "结转", holds: "转结" },
  { wrong: /(?:政府)?信息公开处理费/g, right: "信息处理费", holds: "信息公开处理费" },
  { wrong: /政务公开年报/g, right: "政府信息公开工作年度报告", holds: "政务公开年报" },
  { wrong: /依申请公开申请/g, right: "政府信息公开申请", holds: "依申请公开申请" },
];

/** Most pieces hold none of the words and are passed over in one search. */
const ANY_TERM = new RegExp(TERMS.map(({ holds }) => holds).join("|"));

export const term: Rule = {
  id: "typo/term",
  severity: "info",
  title: "常见错词",
  description:
    "格式用语写错：“转结”应为“结转”；“信息公开处理费”应为“信息处理费”；“政务公开年报”应为“政府信息公开工作年度报告”；“依申请公开申请”应为“政府信息公开申请”。正文和表格都检查。",
  basis: `${FORMAT_2021}用语；国办函〔2020〕109号《政府信息公开信息处理费管理办法》`,
  example: { wrong: "未收到上年转结数量。", right: "未收到上年结转数量。" },
  check({ parsed }) {
    return allPieces(parsed).filter((piece) => ANY_TERM.test(piece.text)).flatMap((piece) =>
      TERMS.flatMap(({ wrong, right }) => [...piece.text.matchAll(wrong)].map((match) => ({ match, right })))
        .sort((a, b) => a.match.index - b.match.index)
        .map(({ match, right }) => {
          const start = match.index;
          const end = start + match[0].length;
          return {
            message: `“${quoteAround(piece.text, start, end, 2)}”应为“${quoteAround(piece.text, start, end, 2, right)}”。`,
            expected: right,
            actual: match[0],
            location: piece.locate(start, end),
          };
        }),
    );
  },
};
