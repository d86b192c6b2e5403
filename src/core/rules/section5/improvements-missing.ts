import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { saysNothing, section5 } from "../lib/section5";

/** 单独一个“将”字不算：“将”常见于描述问题的句子。 */
const IMPROVEMENT_WORDS = /改进|下一步|整改|措施|加强|完善|提升|拟/;

export const section5ImprovementsMissing: Rule = {
  id: "section5/improvements-missing",
  severity: "warning",
  title: "第五部分未写明改进情况",
  description:
    "第五部分没有改进类表述（改进、下一步、整改、措施、加强、完善、提升、拟）；单独一个“将”字不算。内容为空或过于简单时由 section5/empty 报告，这里不重复。",
  basis: `${REGULATION}第五十条第（四）项（及改进情况）`,
  example: {
    wrong: "一是主动公开的深度还不够；二是工作人员业务水平不高。",
    right: "一是主动公开的深度还不够……下一步，我局将加强业务培训，完善审核机制。",
  },
  check({ parsed }) {
    const section = section5(parsed);
    if (!section || saysNothing(section) || IMPROVEMENT_WORDS.test(section.text)) return [];
    return [{ message: "第五部分“存在的主要问题及改进情况”未写明改进情况（改进措施、下一步工作）。", location: section.location }];
  },
};
