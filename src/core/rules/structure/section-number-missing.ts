import type { Rule } from "../rule";
import { FORMAT_2021 } from "./basis";
import { numeralOf, sectionOrdinal } from "./sections";

export const sectionNumberMissing: Rule = {
  id: "structure/section-number-missing",
  severity: "warning",
  title: "部分标题序号缺失或不符",
  description:
    "六个部分的标题应带“一、”至“六、”序号：标题存在但没有序号，或序号与其所属部分不符（如第三部分标为“四、”）时提示。",
  basis: `${FORMAT_2021}（六个部分带序号）`,
  example: {
    wrong: "收到和处理政府信息公开申请情况",
    right: "三、收到和处理政府信息公开申请情况",
  },
  check({ parsed }) {
    return parsed.sections
      .filter((section) => section.numeral !== numeralOf(section.number))
      .map((section) => {
        const expected = `${numeralOf(section.number)}、`;
        const problem = section.numeral === null ? `缺少序号“${expected}”` : `序号应为“${numeralOf(section.number)}”，现为“${section.numeral}”`;
        return {
          message: `${sectionOrdinal(section.number)}标题“${section.heading}”${problem}。`,
          expected,
          actual: section.numeral,
          location: section.location,
        };
      });
  },
};
