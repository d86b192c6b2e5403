import { compact } from "../../text/normalize";
import type { Rule } from "../rule";
import { sectionParagraphs } from "../lib/text";
import { FEE_MEASURES, FORMAT_2021 } from "../lib/basis";
import { FEE_WORDS, only2021 } from "../lib/fees";

export const section6FeeStatementMissing: Rule = {
  id: "section6/fee-statement-missing",
  severity: "error",
  title: "第六部分未报告信息处理费",
  description:
    "第六部分“其他需要报告的事项”应报告信息处理费的收取情况（发出收费通知的件数和总金额以及实际收取的总金额，无则写0）。第六部分既未提到“……处理费”，也未提到“收费通知”时报告（包括只写“无。”）。只适用于2021年格式的报告。",
  basis: `${FORMAT_2021}第六部分填写提示“收取信息处理费情况在此处报告”；${FEE_MEASURES}`,
  example: {
    wrong: "六、其他需要报告的事项\n无。",
    right: "六、其他需要报告的事项\n本机关发出收费通知的件数和总金额以及实际收取的总金额均为0。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const section = parsed.sections.find((s) => s.number === 6);
    if (!section) return [];
    const paragraphs = sectionParagraphs(parsed, 6).filter((p) => compact(p.block.text) !== "");
    if (paragraphs.some((p) => FEE_WORDS.test(compact(p.block.text)))) return [];
    const only = paragraphs.length === 1 ? `仅写“${compact(paragraphs[0].block.text)}”，` : "";
    return [
      {
        message: `第六部分${only}未报告信息处理费收取情况，应写明发出收费通知的件数和总金额以及实际收取的总金额（无则写0）。`,
        location: paragraphs[0]?.block.location ?? section.location,
      },
    ];
  },
};
