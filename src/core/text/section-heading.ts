/**
 * A section heading of the national format, recognised by its words and shape rather than its numbering
 * (report-format §2): for the parser's sections and for the PDF reader, which must not run a heading
 * into a table.
 */
import { ARABIC_ITEM, BRACKETED_NUMBER, NUMERAL_CHAR } from "../model/numbering";
import { CHINESE_NUMERALS, SECTIONS } from "../model/template";
import { holdsWord } from "./misread";
import { compact, longerThan } from "./normalize";

const SECTION_NUMERAL = new RegExp(`^第?(${NUMERAL_CHAR})(?:部分)?[、.．，,：:]`);
const SUB_HEADING = new RegExp(`^${BRACKETED_NUMBER}|^${ARABIC_ITEM}`);
/** A table's caption ("表三 收到和处理…", "…情况统计表") names the section's words but is no heading. */
const TABLE_CAPTION = /^表[一二三四五六0-9]|统计表$|表$/;
/** A heading is short and is not a sentence. */
const HEADING_SLACK = 10;
/** A line saying the section has nothing (“无其他需要报告的事项。”) is the section's content, not its heading. */
const NOTHING_TO_REPORT = /^.{0,8}?(?:无|没有|暂无|不存在)/;

export interface HeadingMatch {
  number: number;
  numeral: string | null;
  title: string;
}

/**
 * `recognised`: text read by character recognition, where a heading numbered as its section ("四、…")
 * may have a misread character in its words.
 */
export function matchSectionHeading(text: string, recognised = false): HeadingMatch | null {
  if (longerThan(text, LONGEST_HEADING)) return null;
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

/**
 * The most characters, white space aside, that a heading can have: numbering (第六部分、), the longest
 * title with its slack, a stop. A longer paragraph (most of them) is passed over without being compacted.
 */
export const LONGEST_HEADING = "第六部分、".length + Math.max(...SECTIONS.map((section) => section.title.length)) + HEADING_SLACK + "。".length;
