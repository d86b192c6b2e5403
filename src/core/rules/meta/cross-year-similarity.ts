import type { Rule } from "../rule";
import { documentStart } from "../lib/common";
import { FORMAT_2021 } from "../lib/basis";
import { lastYear, prose } from "../lib/earlier";
import { BOILERPLATE_SIMILARITY, textSimilarity } from "../lib/similarity";

export const metaCrossYearSimilarity: Rule = {
  id: "meta/cross-year-similarity",
  severity: "info",
  title: "全文与上年报告高度相似",
  description: `历史记录中有同一机关上一年度的报告时，比较两份报告的正文文字（不含统计表，不计空白，数字视为相同）：相似度超过${BOILERPLATE_SIMILARITY * 100}%时提示，可能是沿用上年报告只改了数字。相似度按三字片段计算，约等于重复文字所占比例。`,
  basis: `${FORMAT_2021}“明确责任”（内容雷同）；中国社会科学院法学研究所政府透明度指数报告`,
  example: {
    wrong: "本报告与2022年报告文字重复率约85%。",
    right: "本报告按本年工作实际撰写，与上年报告只有格式性文字相同。",
  },
  check(context) {
    const earlier = lastYear(context);
    if (!earlier) return [];
    const { parsed } = context;
    const similarity = textSimilarity(prose(parsed.document.blocks), prose(earlier.blocks));
    if (similarity <= BOILERPLATE_SIMILARITY) return [];
    return [
      {
        message: `本报告与${earlier.report.year}年报告文字重复率约${Math.round(similarity * 100)}%，建议结合本年实际撰写。`,
        location: parsed.title?.location ?? documentStart(parsed.document),
      },
    ];
  },
};
