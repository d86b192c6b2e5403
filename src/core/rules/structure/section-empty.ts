import type { Block } from "../../model/document";
import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { sectionName } from "../lib/sections";

function hasContent(block: Block): boolean {
  return block.type === "table" || block.text.trim() !== "";
}

export const sectionEmpty: Rule = {
  id: "structure/section-empty",
  severity: "error",
  title: "部分无内容",
  description:
    "某部分的标题与下一个部分标题之间没有正文，也没有表格（只有空白）。“无其他需要报告的事项。”这样说明本部分没有内容的句子是该部分的正文，不当作标题。",
  basis: `${REGULATION}第五十条（年度报告应当包括的内容）`,
  example: {
    wrong: "“一、总体情况”之后紧接着“二、主动公开政府信息情况”。",
    right: "“一、总体情况”之下写明本机关政府信息公开工作的总体情况。",
  },
  check({ parsed }) {
    const { blocks } = parsed.document;
    return parsed.sections
      .filter((section) => !blocks.slice(section.blockIndex + 1, section.endBlock).some(hasContent))
      .map((section) => ({ message: `${sectionName(section.number)}无内容。`, location: section.location }));
  },
};
