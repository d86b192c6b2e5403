import type { Rule } from "../rule";
import { GB_15834 } from "../lib/basis";
import type { Location } from "../../model/location";
import { groupBy, withPlaces } from "../lib/repeats";
import { paragraphPieces, quoteAround } from "../lib/pieces";

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

/** What every fake dash holds: text without it is passed over without the slower pattern. */
const HYPHEN = /[-－]/;

export const dash: Rule = {
  id: "typo/dash",
  severity: "info",
  title: "破折号写法",
  description:
    "正文中用两个或更多连字符“--”（或两侧带空格的单个“-”）代替中文破折号“——”。单个连字符作连接号（如“吐鲁番-哈密盆地”）不提示，表格不检查。同一写法出现多处时合为一条，列出每一处。",
  basis: GB_15834,
  example: { wrong: "局领导抓总--综合部门牵头--业务部门落实", right: "局领导抓总——综合部门牵头——业务部门落实" },
  check({ parsed }) {
    const found: Found[] = paragraphPieces(parsed).flatMap((piece) =>
      [...(HYPHEN.test(piece.text) ? piece.text.matchAll(FAKE_DASH) : [])].map((match) => {
        const start = match.index;
        const end = start + match[0].length;
        return { quote: quoteAround(piece.text, start, end), actual: match[0].trim(), location: piece.locate(start, end) };
      }),
    );
    // The same hyphens written in several places: one finding with every place.
    return groupBy(found, (one) => one.actual).map((group) => {
      const [{ quote, actual }] = group;
      const times = group.length > 1 ? `等${group.length}处` : "";
      return withPlaces(
        { message: `“${quote}”${times}中的“${actual}”应改为破折号“——”。`, expected: "——", actual, location: group[0].location },
        group.map((one) => one.location),
      );
    });
  },
};

interface Found {
  quote: string;
  actual: string;
  location: Location;
}
