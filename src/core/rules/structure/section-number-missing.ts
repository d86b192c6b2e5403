import { withPlaces } from "../lib/repeats";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { numeralOf, sectionOrdinal } from "../lib/sections";

export const sectionNumberMissing: Rule = {
  id: "structure/section-number-missing",
  severity: "warning",
  title: "部分标题序号缺失或不符",
  description:
    "六个部分的标题应带“一、”至“六、”序号：标题存在但没有序号，或序号与其所属部分不符（如第三部分标为“四、”）时提示。几个部分都有此问题时合为一条，逐一列出。",
  basis: `${FORMAT_2021}（六个部分带序号）`,
  example: {
    wrong: "收到和处理政府信息公开申请情况",
    right: "三、收到和处理政府信息公开申请情况",
  },
  check({ parsed }) {
    const wrong = parsed.sections.filter((section) => section.numeral !== numeralOf(section.number));
    if (wrong.length === 0) return [];
    const problems = wrong.map((section) => {
      const expected = `${numeralOf(section.number)}、`;
      const problem = section.numeral === null ? `缺少序号“${expected}”` : `序号应为“${numeralOf(section.number)}”，现为“${section.numeral}”`;
      return `${sectionOrdinal(section.number)}标题“${section.heading}”${problem}`;
    });
    const places = wrong.map((section) => section.location);
    if (wrong.length === 1) {
      const [section] = wrong;
      return [{ message: `${problems[0]}。`, expected: `${numeralOf(section.number)}、`, actual: section.numeral, location: places[0] }];
    }
    // Several headings: one finding listing them, with each heading's place.
    return [withPlaces({ message: `${wrong.length}个部分的标题序号缺失或不符：${problems.join("；")}。`, location: places[0] }, places)];
  },
};
