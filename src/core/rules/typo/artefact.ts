import type { FindingDraft, Rule } from "../rule";
import { GB_9704 } from "../lib/basis";
import { allPieces, quoteAround } from "../lib/pieces";

/**
 * What Word, WPS and converters leave behind: bookmarks and comments, field codes and their error texts,
 * template prompts. One pattern, so "[bookmark: _GoBack]" is one mark, not two.
 */
const MARKS = new RegExp(
  [
    String.raw`\[(?:bookmark|comment|footnote|endnote)\b[^\]\n]*\]`,
    String.raw`\b_GoBack\b`,
    String.raw`\{\s*(?:PAGE|NUMPAGES|MERGEFIELD|HYPERLINK|TOC|REF)\b[^}\n]*\}`,
    String.raw`\\\*\s*MERGEFORMAT`,
    String.raw`错误[！!]\s*(?:未找到引用源|未定义书签|文档中没有指定样式的文字)[。.]?`,
    String.raw`Error!\s*(?:Reference source not found|Bookmark not defined)\.?`,
    String.raw`(?:单击|点击)此处(?:输入|添加)[^\s，。]{0,4}|在此处键入|此处插入[^\s，。]{0,6}`,
  ].join("|"),
  "gi",
);

/** What every mark above holds: a text without any of these (most paragraphs) is passed over in one quick search. */
const MARK_HINT = /[[_{\\]|错误|error|此处/i;

const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]+/g;
/** One zero-width character: text without one (most) is passed over without the search above. */
const ANY_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source);

function codePoints(text: string): string {
  return [...new Set(text)].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join("、");
}

export const artefact: Rule = {
  id: "typo/artefact",
  severity: "warning",
  title: "残留编辑痕迹",
  description:
    "正文或表格中残留 Word/WPS 或格式转换的痕迹：书签“[bookmark: …]”、“_GoBack”、批注标记、域代码（如“{PAGE}”“MERGEFORMAT”）、" +
    "域错误提示（“错误！未找到引用源。”）、零宽字符、“单击此处输入文字”“此处插入”之类的模板提示。" +
    "Word 文件里的书签、批注和修订不属于正文文字，读取时已略去，不提示。",
  basis: `${GB_9704}；发布质量要求（公开的报告不应带编辑痕迹）`,
  example: {
    wrong: "[bookmark: _GoBack]（一）切实加强组织领导工作。",
    right: "（一）切实加强组织领导工作。",
  },
  check({ parsed }) {
    const findings: FindingDraft[] = [];
    for (const piece of allPieces(parsed)) {
      const { text } = piece;
      for (const match of MARK_HINT.test(text) ? text.matchAll(MARKS) : []) {
        findings.push({
          message: `存在残留标记“${match[0]}”，请删除。`,
          actual: match[0],
          location: piece.locate(match.index, match.index + match[0].length),
        });
      }
      for (const match of ANY_ZERO_WIDTH.test(text) ? text.matchAll(ZERO_WIDTH) : []) {
        const start = match.index;
        const end = start + match[0].length;
        findings.push({
          message: `“${quoteAround(text, start, end, 4, "")}”中夹有看不见的零宽字符（${codePoints(match[0])}），请删除。`,
          actual: codePoints(match[0]),
          location: piece.locate(start, end),
        });
      }
    }
    return findings;
  },
};
