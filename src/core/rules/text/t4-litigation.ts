import type { Rule } from "../rule";
import { appealFigures } from "../lib/appeals";
import { figureFinding, FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { agrees } from "../lib/figures";
import { contradictions, mentionLocation, quoteMention } from "../lib/prose";

export const t4Litigation: Rule = {
  id: "text/t4-litigation",
  severity: "warning",
  title: "正文行政诉讼数与表四不一致",
  description:
    "正文说本年政府信息公开行政诉讼多少件（起）时，该数应等于表四“未经复议直接起诉—总计”与“复议后起诉—总计”之和。同一处同时说复议和诉讼的合计数、只说某一类起诉（一审、二审、再审）或某一结果的数、其他年份和与上年比较的数字不比较；约数只在超出其范围时以提示级别报告。" + NOT_COMPARED,
  basis: `${FORMAT_2021}表四（正文与表格同一口径）`,
  example: {
    wrong: "正文称“被提起行政诉讼3件”，表四两类起诉总计为7。",
    right: "被提起行政诉讼7件，其中未经复议直接起诉5件、复议后起诉2件。",
  },
  check({ parsed }) {
    const t4 = parsed.report.tables.t4;
    const direct = t4?.litigation_direct?.total;
    const afterReview = t4?.litigation_after_review?.total;
    if (direct == null || afterReview == null) return [];
    const total = direct + afterReview;
    return contradictions(appealFigures(parsed, "litigation"), (mention) => agrees(mention.quantity, total)).map((mention) =>
      figureFinding(mention.quantity, total, {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，表四行政诉讼“未经复议直接起诉—总计”${direct}件 + “复议后起诉—总计”${afterReview}件 = ${total}件。`,
        location: mentionLocation(mention),
      }),
    );
  },
};
