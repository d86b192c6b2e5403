import type { Rule } from "../rule";
import { FEE_MEASURES, FORMAT_2021 } from "./basis";
import { feeElements, feeSentences, only2021, type FeeElements } from "./fees";
import { quoteSentence, sentenceLocation } from "./prose";

const ELEMENT_NAMES: Record<keyof FeeElements, string> = {
  noticeCount: "发出收费通知的件数",
  noticeAmount: "收费通知的总金额",
  collected: "实际收取的总金额",
};

export const section6FeeStatementIncomplete: Rule = {
  id: "section6/fee-statement-incomplete",
  severity: "warning",
  title: "信息处理费情况不完整",
  description:
    "第六部分提到信息处理费，但未写全三项：①发出收费通知的件数 ②收费通知的总金额 ③实际收取的总金额。“均为0”覆盖三项；“未发出收费通知”视为①②为0，“未收取”视为③为0。只适用于2021年格式的报告。",
  basis: `${FORMAT_2021}第六部分；${FEE_MEASURES}`,
  example: {
    wrong: "本年度，本机关未收取信息公开处理费。",
    right: "本年度，本机关发出收费通知的件数和总金额以及实际收取的总金额均为0。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const sentences = feeSentences(parsed);
    if (sentences.length === 0) return [];
    const elements = feeElements(sentences.map((s) => s.text).join(""));
    const missing = (Object.keys(ELEMENT_NAMES) as (keyof FeeElements)[]).filter((key) => !elements[key]);
    if (missing.length === 0) return [];
    const [first] = sentences;
    return [
      {
        message: `第六部分仅称“${quoteSentence(first)}”，未写明${missing.map((key) => ELEMENT_NAMES[key]).join("、")}。`,
        location: sentenceLocation(first),
      },
    ];
  },
};
