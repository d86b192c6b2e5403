import type { Block } from "../../model/document";
import type { Rule } from "../rule";
import { locationAfter } from "../lib/common";

/** A sentence that states the basis or the scope of the report. */
function statesBasis(text: string): boolean {
  if (text.includes("条例") && /第五十条|编制/.test(text)) return true;
  return /本报告由.+组成|编制本报告|本报告.{0,40}编制|统计期限/.test(text);
}

function paragraphsBetween(blocks: Block[], start: number, end: number): string[] {
  return blocks.slice(start, end).flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
}

export const preambleMissing: Rule = {
  id: "structure/preamble-missing",
  severity: "info",
  title: "标题后缺少编制说明",
  description:
    "标题与第一部分之间未说明编制依据：没有写明“依据《中华人民共和国政府信息公开条例》第五十条规定编制本报告”，也没有“本报告由……组成”“统计期限为……”之类的说明。",
  basis: "地方模板惯例（北京等地模板；多地导语写“统计期限为YYYY年1月1日至12月31日”）",
  example: {
    wrong: "标题之后直接是“一、总体情况”。",
    right: "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。",
  },
  check({ parsed }) {
    const { blocks } = parsed.document;
    const titleEnd = parsed.title ? parsed.title.blocks[parsed.title.blocks.length - 1] : -1;
    const firstSection = parsed.sections[0]?.blockIndex ?? blocks.length;
    if (paragraphsBetween(blocks, titleEnd + 1, firstSection).some(statesBasis)) return [];
    return [
      {
        message: "标题后未说明编制依据，建议写明“依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告”及数据统计期限。",
        location: locationAfter(parsed.document, titleEnd),
      },
    ];
  },
};
