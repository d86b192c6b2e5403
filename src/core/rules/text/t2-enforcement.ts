import type { Rule } from "../rule";
import { FORMAT_2021, NOT_COMPARED, rangeNote } from "../lib/basis";
import { agrees } from "../lib/figures";
import { bodyMentions, contradictions, isYearCount, mentionLocation, quoteMention, type Mention } from "../lib/prose";

const KINDS: { row: "penalty" | "licensing" | "coercion"; name: string; words: RegExp }[] = [
  { row: "penalty", name: "行政处罚", words: /处罚/ },
  { row: "licensing", name: "行政许可", words: /许可/ },
  { row: "coercion", name: "行政强制", words: /行政强制|强制措施|强制执行/ },
];
/** Lists and rules about a kind of decision, not the decisions made: “行政许可事项23项”. */
const NOT_DECISIONS = /事项|清单|目录|标准|基准|流程|依据|权力|裁量|制度/;

/** The one kind of decision a figure is about, or none when it names none or several (“行政许可和行政处罚信息”). */
function kindOf(mention: Mention) {
  const kinds = KINDS.filter((kind) => kind.words.test(mention.context));
  return kinds.length === 1 && !NOT_DECISIONS.test(mention.context) ? kinds[0] : null;
}

export const t2Enforcement: Rule = {
  id: "text/t2-enforcement",
  severity: "info",
  title: "正文行政执法数与表二不一致",
  description:
    "正文说本年行政处罚、行政许可、行政强制多少件（条）时，与表二相应“本年处理决定数量”比较；正文与表格口径常有不同（信息条数与决定件数），所以只作提示。约数（“1000余条”）只在表中数字超出其范围时提示。同时说几类的合计数、说事项清单和裁量基准的数字不比较。" + NOT_COMPARED,
  basis: `${FORMAT_2021}表二第二十条第（五）项、第（六）项`,
  example: {
    wrong: "正文称“行政执法处罚信息900余条”，表二“行政处罚—本年处理决定数量”为1044。",
    right: "行政执法处罚信息1000余条（表二行政处罚1044件，口径一致）。",
  },
  check({ parsed }) {
    const { t2 } = parsed.report.tables;
    const figures = bodyMentions(parsed).filter((mention) => isYearCount(mention, parsed.report.year));
    return KINDS.flatMap((kind) => {
      const value = t2?.[kind.row];
      if (value == null) return [];
      const ofKind = figures.filter((mention) => kindOf(mention) === kind);
      return contradictions(ofKind, (mention) => agrees(mention.quantity, value)).map((mention) => ({
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，表二“${kind.name}—本年处理决定数量”为${value}，请核实口径。`,
        expected: value,
        actual: mention.quantity.value,
        location: mentionLocation(mention),
      }));
    });
  },
};
