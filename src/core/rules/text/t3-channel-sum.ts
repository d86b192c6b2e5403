import type { Rule } from "../rule";
import { aboutApplications } from "../lib/applications";
import { breakdownFinding, unbalancedBreakdowns } from "../lib/breakdown";

export const t3ChannelSum: Rule = {
  id: "text/t3-channel-sum",
  severity: "warning",
  title: "申请分渠道数之和与总数不符",
  description:
    "正文给出政府信息公开申请总数后又用“其中”分渠道、分类列出（“其中线上申请2件，线下申请2件”），各分项之和应等于总数。" +
    "分项只算到本句下一个总数之前（新的“N件，其中”），或到比分项之间更强的标点为止（分项以“，”分隔时遇到“；”）：“行政复议351件，其中……尚未审结37件；行政诉讼46件，其中……”是两组，各自相加。" +
    "分项之和超过总数即报告；少于总数时，只有分项看来是完整划分（含“其他”类、线上与线下等互补渠道，或三项以上且接近总数）才报告，只列举几项重点的不报；按办理结果（予以公开、无法提供……）列出的分项少于受理数不报，差额可能是结转下年度的申请。含约数时为提示级别。",
  basis: "内部一致性（分项之和等于总数）",
  example: {
    wrong: "全年办理4项依申请公开，其中线上申请2件，线下申请3件。",
    right: "全年办理4项依申请公开，其中线上申请2件，线下申请2件。",
  },
  check({ parsed }) {
    return unbalancedBreakdowns(parsed)
      .filter((breakdown) => aboutApplications(breakdown.total))
      .map(breakdownFinding);
  },
};
