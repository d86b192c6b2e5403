import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { saysNothing, section5 } from "../lib/section5";

const PROBLEM_WORDS = /问题|不足|短板|薄弱|有待|仍需|不够|欠缺/;

export const section5ProblemsMissing: Rule = {
  id: "section5/problems-missing",
  severity: "warning",
  title: "第五部分未写明存在的问题",
  description:
    "第五部分没有问题类表述（问题、不足、短板、薄弱、有待、仍需、不够、欠缺）。内容为空或过于简单时由 section5/empty 报告，这里不重复。",
  basis: `${REGULATION}第五十条第（四）项（存在的主要问题）`,
  example: {
    wrong: "下一步，我局将进一步加强政府信息公开工作，提升公开质量。",
    right: "一是主动公开的深度和广度还不够；二是依申请公开答复的规范性有待提升。下一步……",
  },
  check({ parsed }) {
    const section = section5(parsed);
    if (!section || saysNothing(section) || PROBLEM_WORDS.test(section.text)) return [];
    return [{ message: "第五部分“存在的主要问题及改进情况”未写明存在的主要问题。", location: section.location }];
  },
};
