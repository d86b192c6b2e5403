import type { Rule } from "../rule";
import { documentStart } from "../lib/common";
import { FORMAT_2021, REGULATION } from "../lib/basis";

export const titleMissing: Rule = {
  id: "structure/title-missing",
  severity: "error",
  title: "缺少报告标题",
  description:
    "文档前5个非空行（拼接断行后）中找不到报告标题（含“年度报告”或“年报”的行）。标题写成其他名称的，由“标题格式不符”提示。",
  basis: `${FORMAT_2021}（报告名称）；${REGULATION}第四十九条“年度报告”`,
  example: {
    wrong: "文档开头直接是“一、总体情况”，没有标题。",
    right: "北京市××区××局2023年政府信息公开工作年度报告",
  },
  appliesToVersion: () => true,
  check({ parsed }) {
    if (parsed.title) return [];
    return [
      {
        message: "未找到报告标题，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。",
        location: documentStart(parsed.document),
      },
    ];
  },
};
