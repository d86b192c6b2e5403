import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { saysNothing, section5 } from "../lib/section5";
import { lastYear, parseEarlier } from "../lib/earlier";
import { BOILERPLATE_SIMILARITY, textSimilarity } from "../lib/similarity";

export const section5Boilerplate: Rule = {
  id: "section5/boilerplate",
  severity: "info",
  title: "第五部分与上年报告基本相同",
  description: `历史记录中有同一机关上一年度的报告时，比较两份报告第五部分“存在的主要问题及改进情况”的文字（不计空白，数字视为相同）：相似度超过${BOILERPLATE_SIMILARITY * 100}%时提示。相似度按三字片段计算，约等于重复文字所占比例。只写“无”或过短的第五部分由 section5/empty 报告，这里不比较。与其他机关报告的雷同暂不检查。`,
  basis: `${REGULATION}第五十条第（四）项；格式“明确责任”：内容雷同、敷衍塞责的可追责`,
  example: {
    wrong: "2023年报告第五部分与2022年报告第五部分只改了数字。",
    right: "第五部分结合本年实际，写明本年存在的主要问题和改进情况。",
  },
  check(context) {
    const earlier = lastYear(context);
    const now = section5(context.parsed);
    const before = earlier && section5(parseEarlier(earlier));
    if (!now || !before || saysNothing(now) || saysNothing(before)) return [];
    const similarity = textSimilarity(now.text, before.text);
    if (similarity <= BOILERPLATE_SIMILARITY) return [];
    return [
      {
        message: `第五部分“存在的主要问题及改进情况”与${earlier.report.year}年报告的第五部分基本相同（相似度约${Math.round(similarity * 100)}%），建议结合本年实际撰写。`,
        location: now.location,
      },
    ];
  },
};
