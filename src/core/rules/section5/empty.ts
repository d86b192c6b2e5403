import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { MIN_LENGTH, saysNothing, section5 } from "../lib/section5";

export const section5Empty: Rule = {
  id: "section5/empty",
  severity: "error",
  title: "第五部分内容为空或过于简单",
  description: `第五部分“存在的主要问题及改进情况”只写“无”，或去掉空白和标点后不足${MIN_LENGTH}字。完全没有内容的部分由 structure/section-empty 报告，这里不重复。`,
  basis: `${REGULATION}第五十条第（四）项（存在的主要问题及改进情况）`,
  example: {
    wrong: "五、存在的主要问题及改进情况\n无。",
    right: "五、存在的主要问题及改进情况\n一是主动公开的深度还不够……下一步，我局将……",
  },
  check({ parsed }) {
    const section = section5(parsed);
    if (!section || section.text === "" || !saysNothing(section)) return [];
    return [
      {
        message: `第五部分“存在的主要问题及改进情况”内容为空或过于简单（“${section.text}”），应写明存在的主要问题和改进情况。`,
        location: section.location,
      },
    ];
  },
};
