import type { ParsedSection } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { sectionName } from "../lib/sections";

/** Sections that come after a section with a higher number. */
function outOfOrder(sections: ParsedSection[]): FindingDraft[] {
  const findings: FindingDraft[] = [];
  let highest: ParsedSection | undefined;
  for (const section of sections) {
    if (highest && section.number < highest.number) {
      findings.push({
        message: `${sectionName(section.number)}出现在${sectionName(highest.number)}之后，请按格式顺序排列。`,
        location: section.location,
      });
    } else {
      highest = section;
    }
  }
  return findings;
}

export const sectionOrder: Rule = {
  id: "structure/section-order",
  severity: "error",
  title: "部分顺序不符",
  description:
    "六个部分应按一至六的顺序出现：某部分出现在编号更大的部分之后，或同一部分的标题出现两次，均报错。“无其他需要报告的事项。”这样的句子是正文，不算标题重复。",
  basis: `${FORMAT_2021}（六个部分的顺序）`,
  example: {
    wrong: "“四、政府信息公开行政复议、行政诉讼情况”排在“三、收到和处理政府信息公开申请情况”之前。",
    right: "按一、二、三、四、五、六的顺序排列六个部分。",
  },
  check({ parsed }) {
    const repeated = parsed.duplicates.map((section) => ({
      message: `${sectionName(section.number)}的标题重复出现（“${section.heading}”），同一部分只应出现一次。`,
      location: section.location,
    }));
    return [...outOfOrder(parsed.sections), ...repeated];
  },
};
