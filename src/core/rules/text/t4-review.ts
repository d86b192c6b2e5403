import type { Rule } from "../rule";
import { appealFigures } from "../lib/appeals";
import { figureFinding, FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { agrees } from "../lib/figures";
import { contradictions, mentionLocation, quoteMention } from "../lib/prose";

export const t4Review: Rule = {
  id: "text/t4-review",
  severity: "warning",
  title: "正文行政复议数与表四不一致",
  description:
    "正文说本年政府信息公开行政复议多少件（项、起）时，该数应等于表四“行政复议—总计”。同一处同时说复议和诉讼的合计数、只说某一结果（维持、纠正等）的数、其他年份和与上年比较的数字不比较；约数只在超出其范围时以提示级别报告。" + NOT_COMPARED,
  basis: `${FORMAT_2021}表四（正文与表格同一口径）`,
  example: {
    wrong: "正文称“依法依规回应2项行政复议申请”，表四行政复议总计为1。",
    right: "依法依规回应1项行政复议申请。",
  },
  check({ parsed }) {
    const total = parsed.report.tables.t4?.review?.total;
    if (total == null) return [];
    return contradictions(appealFigures(parsed, "review"), (mention) => agrees(mention.quantity, total)).map((mention) =>
      figureFinding(mention.quantity, total, {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，表四“行政复议—总计”为${total}件。`,
        location: mentionLocation(mention),
      }),
    );
  },
};
