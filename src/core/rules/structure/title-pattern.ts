import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

const STANDARD_NAME = "政府信息公开工作年度报告";
const STANDARD_TITLE = "××（机关全称）20××年政府信息公开工作年度报告";
/** The agency before the year, or (as many reports write it) after: “2019年上海市人民政府办公厅政府信息公开工作年度报告”. */
const TITLE_PATTERN = /^(.+?)(\d{4})年(度)?政府信息公开工作年度报告$|^(\d{4})年(度)?(?!度|政府信息公开)(.+?)政府信息公开工作年度报告$/;

/** What is wrong with a title that does not fit the pattern, most telling first. */
function titleProblem(title: string): string {
  if (!title.includes(STANDARD_NAME)) return `与规定名称不符，应为“${STANDARD_NAME}”`;
  if (!/\d{4}年/.test(title)) return "缺少报告年度";
  if (/^\d{4}年度?政府信息公开/.test(title)) return "缺少机关名称";
  return "不符合规定格式";
}

export const titlePattern: Rule = {
  id: "structure/title-pattern",
  severity: "warning",
  title: "标题格式不符",
  description:
    "标题（去空白后）须为“机关名称 + 四位年份 +“年”或“年度”+ 政府信息公开工作年度报告”，年份在机关名称之前（“2019年上海市人民政府办公厅政府信息公开工作年度报告”）也可以；只写地名（“上海市2020年……”）指该地人民政府的报告。写成“政务公开工作年度报告”“信息公开年报”等，或缺机关名称、年份时提示。",
  basis: `${FORMAT_2021}（报告名称）`,
  example: {
    wrong: "北京市××区××局2023年政务公开工作年度报告",
    right: "北京市××区××局2023年政府信息公开工作年度报告",
  },
  appliesToVersion: () => true,
  check({ parsed }) {
    const title = parsed.title;
    if (!title || TITLE_PATTERN.test(title.text)) return [];
    return [
      {
        message: `标题“${title.text}”${titleProblem(title.text)}，标准写法为“${STANDARD_TITLE}”。`,
        expected: STANDARD_TITLE,
        actual: title.text,
        location: title.location,
      },
    ];
  },
};
