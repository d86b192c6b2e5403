import { agrees } from "../lib/figures";
import type { Rule } from "../rule";
import { RECEIVED, applicationFigures } from "../lib/applications";
import { figureFinding, FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { contradictions, mentionLocation, quoteMention, type Mention } from "../lib/prose";
import { t3Count } from "../lib/cells";

export const t3New: Rule = {
  id: "text/t3-new",
  severity: "warning",
  title: "正文申请数与表三不一致",
  description:
    "正文说本年收到（新收、受理、办理）多少件政府信息公开申请时，该数应等于表三“一、本年新收政府信息公开申请数量”的总计；句中同时提到“上年结转”时，等于“本年新收”或“本年新收 + 上年结转”均可（“受理35件，上年结转2件”只说新收，“共计37件（含上年结转2件）”说的是两者之和）。" +
    "“其中”之后的分项、括号内的说明、与上年的比较和其他年份的数字不比较；约数（“70余件”）只在表中数字超出其范围时以提示级别报告。" + NOT_COMPARED,
  basis: `${FORMAT_2021}（正文与表格同一口径）`,
  example: {
    wrong: "正文称“本年度共收到政府信息公开申请35件”，表三“本年新收”总计为33。",
    right: "本年度共收到政府信息公开申请33件。",
  },
  check({ parsed }) {
    const t3 = parsed.report.tables.t3;
    const fresh = t3Count(t3, "new");
    if (fresh == null) return [];
    const carried = t3Count(t3, "carried_over");
    const withCarried = carried != null ? fresh + carried : fresh;
    // “受理35件，上年结转2件” counts new ones only, “共计37件（含上年结转2件）” both: either reading is accepted.
    const mayIncludeCarried = (mention: Mention) =>
      carried != null && !/新收/.test(mention.own) && /上年(度)?(结转|转结)/.test(mention.sentence.text);
    const fits = (mention: Mention) =>
      agrees(mention.quantity, fresh) || (mayIncludeCarried(mention) && agrees(mention.quantity, withCarried));
    return contradictions(applicationFigures(parsed, RECEIVED), fits).map((mention) => {
      const both = mayIncludeCarried(mention);
      const table = both
        ? `表三“本年新收”总计为${fresh}件，加“上年结转”${carried}件为${withCarried}件`
        : `表三“本年新收政府信息公开申请数量”总计为${fresh}件`;
      return figureFinding(mention.quantity, both ? withCarried : fresh, {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，${table}。`,
        location: mentionLocation(mention),
      });
    });
  },
};
