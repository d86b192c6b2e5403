import type { Rule } from "../rule";
import { FEE_MEASURES, FORMAT_2021 } from "../lib/basis";
import { deniesNotices, feeSentences, noticeCounts, only2021 } from "../lib/fees";
import { mentionLocation, quoteMention, quoteSentence, sentenceLocation } from "../lib/prose";
import { t3Count } from "../lib/cells";

const ROW = "（六）其他处理—2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";

export const table3FeeRowVsSection6: Rule = {
  id: "table3/fee-row-vs-section6",
  severity: "warning",
  title: "表三逾期未缴费与第六部分收费通知矛盾",
  description:
    "表三“（六）其他处理—2.申请人逾期未按收费通知要求缴纳费用”总计大于0，说明发出过收费通知；第六部分写的发出收费通知件数应不少于该数，称“均为0”“未发出收费通知”则矛盾。第六部分未提收费通知时不报（由 section6 规则报告）。",
  basis: `${FEE_MEASURES}（收费通知、逾期视为放弃申请）；${FORMAT_2021}表三（六）2`,
  example: {
    wrong: "表三有1件“逾期未按收费通知要求缴纳费用”，第六部分称发出收费通知的件数和总金额以及实际收取的总金额均为0。",
    right: "本年度发出收费通知1件，总金额50元，申请人逾期未缴纳，实际收取0元。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const unpaid = t3Count(parsed.report.tables.t3, "other_unpaid_fee");
    if (!unpaid) return [];
    const sentences = feeSentences(parsed);
    const denying = sentences.find((sentence) => deniesNotices(sentence.text));
    if (denying) {
      return [
        {
          message: `表三有${unpaid}件“逾期未按收费通知要求缴纳费用”，但第六部分称“${quoteSentence(denying)}”，二者矛盾。`,
          expected: unpaid,
          actual: 0,
          location: sentenceLocation(denying),
        },
      ];
    }
    return noticeCounts(sentences)
      .filter((mention) => mention.quantity.max < unpaid)
      .map((mention) => ({
        message: `表三“${ROW}”总计为${unpaid}件，但第六部分称“${quoteMention(mention)}”，发出的收费通知少于逾期未缴费的申请。`,
        expected: unpaid,
        actual: mention.quantity.value,
        location: mentionLocation(mention),
      }));
  },
};
