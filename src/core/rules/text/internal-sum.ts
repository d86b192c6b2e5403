import type { Rule } from "../rule";
import { aboutApplications } from "../lib/applications";
import { breakdownFinding, unbalancedBreakdowns } from "../lib/breakdown";

export const internalSum: Rule = {
  id: "text/internal-sum",
  severity: "warning",
  title: "正文分项之和与总数不符",
  description:
    "正文写“共N条，其中……A条；……B条”时，各分项之和应等于N（政府信息公开申请的分项由 text/t3-channel-sum 检查）。" +
    "分项只算到本句下一个总数之前（新的“N件，其中”），或到比分项之间更强的标点为止（分项以“，”分隔时遇到“；”）：“行政复议351件，其中……尚未审结37件；行政诉讼46件，其中……”是两组，各自相加。" +
    "分项之和超过总数即报告；少于总数时，只有分项看来是完整划分（含“其他”类、互补的渠道，或三项以上且接近总数）才报告，只列举几项重点的不报。含约数时为提示级别。",
  basis: "内部一致性（分项之和等于总数）",
  example: {
    wrong: "主动公开政府信息共88条。其中，领导介绍类信息10条；规范性文件10条；工作动态信息52条；其他信息14条。",
    right: "主动公开政府信息共88条。其中，领导介绍类信息10条；规范性文件10条；工作动态信息52条；其他信息16条。",
  },
  check({ parsed }) {
    return unbalancedBreakdowns(parsed)
      .filter((breakdown) => !aboutApplications(breakdown.total))
      .map(breakdownFinding);
  },
};
