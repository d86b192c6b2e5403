import { SECTIONS } from "../../model/template";
import type { Rule } from "../rule";
import { FORMAT_2021, REGULATION } from "../lib/basis";
import { missingSectionPlace, sectionName, standardHeading } from "../lib/sections";

export const sectionMissing: Rule = {
  id: "structure/section-missing",
  severity: "error",
  title: "缺少规定的部分",
  description:
    "六个部分中有一部分的标题未找到：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。标题按关键词识别，带序号但措辞无法识别的标题也按缺少处理，并指出该标题。",
  basis: `${REGULATION}第五十条（年度报告应当包括的内容）；${FORMAT_2021}（“不能遗漏，也不宜泛化”）`,
  example: {
    wrong: "报告在“五、存在的主要问题及改进情况”之后结束，没有第六部分。",
    right: "六、其他需要报告的事项",
  },
  check({ parsed }) {
    const found = new Set(parsed.sections.map((section) => section.number));
    return SECTIONS.filter((section) => !found.has(section.number)).map(({ number }) => {
      const place = missingSectionPlace(parsed, number);
      const message = place.strayHeading
        ? `标题“${place.strayHeading}”不是规定的名称，无法识别为${sectionName(number)}，应写作“${standardHeading(number)}”。`
        : `缺少${sectionName(number)}。`;
      return { message, expected: standardHeading(number), actual: place.strayHeading ?? null, location: place.location };
    });
  },
};
