import { SECTIONS } from "../../model/template";
import { sameWords } from "../../text/misread";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { sectionOrdinal } from "../lib/sections";

export const sectionTitleVariant: Rule = {
  id: "structure/section-title-variant",
  severity: "warning",
  title: "部分标题措辞不规范",
  description:
    "部分标题（去掉序号和空白后）与2021格式的标准标题不同，但仍可按关键词识别为该部分，如“存在的主要问题及改进措施”“因政府信息公开工作被申请行政复议、提起行政诉讼情况”（见 report-format §2 的已知变体）。扫描件经文字识别读出的标题，带本部分序号、只有一两个字识别错的，不算措辞不规范。",
  basis: `${FORMAT_2021}（六个部分的标题）`,
  example: {
    wrong: "五、存在的主要问题及改进措施",
    right: "五、存在的主要问题及改进情况",
  },
  // The 2019 trial format worded its titles and tables otherwise; format/version-detected names it.
  appliesToVersion: (version) => version === "2021",
  check({ parsed }) {
    // In text read by character recognition a misread character is no other wording.
    const recognised = parsed.document.ocr === true;
    return parsed.sections
      .filter((section) => !sameWords(section.title, SECTIONS[section.number - 1].title, recognised))
      .map((section) => {
        const standard = SECTIONS[section.number - 1].title;
        return {
          message: `${sectionOrdinal(section.number)}标题应为“${standard}”，现为“${section.title}”。`,
          expected: standard,
          actual: section.title,
          location: section.location,
        };
      });
  },
};
