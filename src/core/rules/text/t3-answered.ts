import { agrees } from "../lib/figures";
import type { Rule } from "../rule";
import { ANSWERED, applicationFigures } from "../lib/applications";
import { figureFinding, FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { contradictions, mentionLocation, quoteMention } from "../lib/prose";
import { t3Count } from "../lib/cells";

export const t3Answered: Rule = {
  id: "text/t3-answered",
  severity: "warning",
  title: "正文答复数与表三不一致",
  description:
    "正文说本年答复（办结）多少件政府信息公开申请时，该数应等于表三“（七）总计”的总计；结转下年度继续办理的申请尚未答复，不应计入。" +
    "“其中”之后的分项、其他年份和与上年比较的数字不比较；约数只在超出其范围时以提示级别报告。" + NOT_COMPARED,
  basis: `${FORMAT_2021}（表三勾稽关系：办理结果总计 + 结转下年度 = 新收 + 上年结转）`,
  example: {
    wrong: "正文称“本年度共受理并按期答复依申请公开33件”，但表三“（七）总计”为32、另有1件结转下年度。",
    right: "本年度共受理依申请公开33件，按期答复32件，1件结转下年度继续办理。",
  },
  check({ parsed }) {
    const t3 = parsed.report.tables.t3;
    const total = t3Count(t3, "total");
    if (total == null) return [];
    const forward = t3Count(t3, "carried_forward");
    const pending = forward ? `、另有${forward}件结转下年度` : "";
    return contradictions(applicationFigures(parsed, ANSWERED), (mention) => agrees(mention.quantity, total)).map((mention) =>
      figureFinding(mention.quantity, total, {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，但表三“（七）总计”为${total}件${pending}。`,
        location: mentionLocation(mention),
      }),
    );
  },
};
