import type { Rule } from "../rule";
import { FEE_MEASURES, FORMAT_2021 } from "../lib/basis";
import { chargedNothing, feeElements, feeSentences, only2021, type FeeElements } from "../lib/fees";
import { quoteSentence, sentenceLocation } from "../lib/prose";

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
    "第六部分提到信息处理费，但未写全三项：①发出收费通知的件数 ②收费通知的总金额 ③实际收取的总金额。“均为0”覆盖三项；“未发出收费通知”视为①②为0，“未收取”视为③为0。" +
    "只说未收取任何费用（“本年度未收取信息处理费”“收取信息处理费0元”）、没有不为0的数字时，三项实际都是0，只作提示，说明格式所列的写法；写了部分数字而漏写其他项时为警告。只适用于2021年格式的报告。",
  basis: `${FORMAT_2021}第六部分；${FEE_MEASURES}`,
  example: {
    wrong: "本年度发出收费通知3件，实际收取信息处理费150元。（未写收费通知的总金额）",
    right: "本年度发出收费通知3件，总金额150元，实际收取信息处理费150元。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const sentences = feeSentences(parsed);
    if (sentences.length === 0) return [];
    const text = sentences.map((s) => s.text).join("");
    const elements = feeElements(text);
    const missing = (Object.keys(ELEMENT_NAMES) as (keyof FeeElements)[]).filter((key) => !elements[key]);
    if (missing.length === 0) return [];
    const [first] = sentences;
    const names = missing.map((key) => ELEMENT_NAMES[key]).join("、");
    if (chargedNothing(text)) {
      return [
        {
          severity: "info",
          message: `第六部分称“${quoteSentence(first)}”，未收取信息处理费；格式所列三项中未写明${names}，可写“发出收费通知的件数和总金额以及实际收取的总金额均为0”。`,
          location: sentenceLocation(first),
        },
      ];
    }
    return [{ message: `第六部分仅称“${quoteSentence(first)}”，未写明${names}。`, location: sentenceLocation(first) }];
  },
};
