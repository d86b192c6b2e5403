/** What the text says about 行政复议 and 行政诉讼 cases (表四). Shared by text/t4-review and text/t4-litigation. */
import type { ParsedReport } from "../../parse/parsed";
import { bodyMentions, isYearCount, type Mention } from "./prose";

const TOPICS = { review: /复议/, litigation: /诉讼|被诉|应诉|起诉/ };
/** A result, an instance or a sub-group rather than the total: “维持2件”, “一审行政诉讼案件687件”. */
const NOT_A_TOTAL = /维持|纠正|撤销|确认违法|驳回|审结|尚未|终止|败诉|胜诉|调解|其他结果|一审|二审|再审|上诉|申诉/;

/** Figures that count this year's cases of one kind, and only of that kind. */
export function appealFigures(parsed: ParsedReport, kind: keyof typeof TOPICS): Mention[] {
  const other = kind === "review" ? TOPICS.litigation : TOPICS.review;
  return bodyMentions(parsed).filter(
    (mention) =>
      isYearCount(mention, parsed.report.year) &&
      TOPICS[kind].test(mention.context) &&
      !other.test(mention.context) &&
      !NOT_A_TOTAL.test(mention.own),
  );
}
