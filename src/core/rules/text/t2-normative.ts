import type { Rule } from "../rule";
import { figureFinding, FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { agrees } from "../lib/figures";
import { bodyMentions, contradictions, isYearCount, mentionLocation, quoteMention, type Mention } from "../lib/prose";

/** Words of making or publishing documents, said of the figure or of the sentence that 其中 continues. */
const ISSUING = /公开|制发|印发|出台|发布|制定/;
/** Figures about something other than the documents issued this year. */
const NOT_ISSUED = /解读|清理|废止|失效|有效|备案|审查|审核|征求意见|草案|评估|合法性|规章/;

function inIssuingContext(mention: Mention): boolean {
  const { sentence } = mention;
  const continued = sentence.text.startsWith("其中") && sentence.previous ? sentence.previous.text : "";
  return ISSUING.test(continued + sentence.text.slice(0, mention.quantity.start));
}

export const t2Normative: Rule = {
  id: "text/t2-normative",
  severity: "warning",
  title: "正文规范性文件数与表二不一致",
  description:
    "正文在主动公开、制发、印发等语境下说“（行政）规范性文件N件（条）”时，N应等于表二“行政规范性文件—本年制发件数”。说解读、清理、废止、现行有效、备案审查的数字，以及其他年份和与上年比较的数字不比较；约数只在超出其范围时以提示级别报告。" + NOT_COMPARED,
  basis: `${FORMAT_2021}表二第二十条第（一）项`,
  example: {
    wrong: "正文称主动公开“规范性文件10条”，表二“行政规范性文件—本年制发件数”为12。",
    right: "主动公开行政规范性文件12件。",
  },
  check({ parsed }) {
    const issued = parsed.report.tables.t2?.normative_documents?.issued;
    if (issued == null) return [];
    const figures = bodyMentions(parsed).filter(
      (mention) =>
        isYearCount(mention, parsed.report.year) &&
        /规范性文件/.test(mention.context) &&
        !NOT_ISSUED.test(mention.context) &&
        inIssuingContext(mention),
    );
    return contradictions(figures, (mention) => agrees(mention.quantity, issued)).map((mention) =>
      figureFinding(mention.quantity, issued, {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，表二“行政规范性文件—本年制发件数”为${issued}件，请核实口径。`,
        location: mentionLocation(mention),
      }),
    );
  },
};
