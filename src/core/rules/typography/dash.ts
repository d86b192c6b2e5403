import type { Rule } from "../rule";
import { GB_15834 } from "./basis";
import { paragraphPieces, quoteAround } from "./pieces";

/** Chinese text or Chinese punctuation on the side of a dash. */
const CHINESE = String.raw`[\p{Script=Han}“”‘’《》（）〔〕]`;

/**
 * Hyphens standing for a dash between Chinese words: two or more ("抓总--综合", "抓总－－综合"), or a
 * single one set off by spaces ("抓总 - 综合"). A single hyphen between words is a connector
 * ("吐鲁番-哈密盆地", GB/T 15834 4.13) and stays.
 */
const FAKE_DASH = new RegExp(
  String.raw`(?<=${CHINESE})[ \u3000]*(?:[-－]{2,}|(?<=[ \u3000])[-－](?=[ \u3000]))[ \u3000]*(?=${CHINESE})`,
  "gu",
);

export const dash: Rule = {
  id: "typo/dash",
  severity: "info",
  title: "破折号写法",
  description: "正文中用两个或更多连字符“--”（或两侧带空格的单个“-”）代替中文破折号“——”。单个连字符作连接号（如“吐鲁番-哈密盆地”）不提示，表格不检查。",
  basis: GB_15834,
  example: { wrong: "局领导抓总--综合部门牵头--业务部门落实", right: "局领导抓总——综合部门牵头——业务部门落实" },
  check({ parsed }) {
    return paragraphPieces(parsed).flatMap((piece) =>
      [...piece.text.matchAll(FAKE_DASH)].map((match) => {
        const start = match.index;
        const end = start + match[0].length;
        return {
          message: `“${quoteAround(piece.text, start, end)}”中的“${match[0].trim()}”应改为破折号“——”。`,
          expected: "——",
          actual: match[0].trim(),
          location: piece.locate(start, end),
        };
      }),
    );
  },
};
