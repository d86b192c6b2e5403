import type { Rule } from "../rule";
import { FEE_MEASURES, FORMAT_2021 } from "../lib/basis";
import { readQuantities } from "../lib/figures";
import { feeSentences } from "../lib/fees";
import { quoteSentence, sentenceLocation, type Sentence } from "../lib/prose";

const YUAN_PER_WAN = 10_000;

/** Whether the sentence gives table 二's 行政事业性收费 (万元) as an amount of 信息处理费. */
function repeatsTableFees(sentence: Sentence, fees: number | null | undefined): boolean {
  if (!fees) return false;
  return readQuantities(sentence.text).some((q) => q.unit === "元" && Math.round(q.value) === Math.round(fees * YUAN_PER_WAN));
}

export const section6FeeVsAdminFee: Rule = {
  id: "section6/fee-vs-admin-fee",
  severity: "info",
  title: "信息处理费与行政事业性收费混同",
  description:
    "表二第二十条第（八）项“行政事业性收费”是本机关全部行政事业性收费的金额，不是信息处理费。第六部分在信息处理费的句子中提到“行政事业性收费”，或把表二的收费金额写作信息处理费时提示。",
  basis: `${FORMAT_2021}表二第二十条第（八）项；${FEE_MEASURES}`,
  example: {
    wrong: "本年度收取信息处理费7545万元（见表二行政事业性收费）。",
    right: "本年度发出收费通知的件数和总金额以及实际收取的总金额均为0。",
  },
  check({ parsed }) {
    const fees = parsed.report.tables.t2?.fees;
    return feeSentences(parsed)
      .filter((sentence) => /处理费/.test(sentence.text) && (/行政事业性收费/.test(sentence.text) || repeatsTableFees(sentence, fees)))
      .map((sentence) => ({
        message: `第六部分“${quoteSentence(sentence)}”疑将表二“行政事业性收费”（${fees ?? "—"}万元）当作信息处理费，二者应分别填报。`,
        location: sentenceLocation(sentence),
      }));
  },
};
