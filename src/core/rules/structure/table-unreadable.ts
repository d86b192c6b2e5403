import { TABLE_NAMES } from "../../model/template";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

export const tableUnreadable: Rule = {
  id: "structure/table-unreadable",
  severity: "info",
  title: "统计表无法读取",
  description:
    "统计表的文字在，但各单元格连成了一串（如整份报告被复制成一行），分不清每个数字属于哪一格，因此未检查该表的数值。每张表只提示一次，不再报“缺少统计表”，也不猜测数值。",
  basis: `${FORMAT_2021}（三张统计表为固定格式，逐项填写）`,
  example: {
    wrong: "表二复制后成为“信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件12064……”。",
    right: "提供带表格的原文件（Word 或 PDF），或把表格按行复制（每格之间用制表符分开）。",
  },
  check({ parsed }) {
    return (parsed.unreadableTables ?? []).map(({ table, quote, location }) => ({
      message: `${TABLE_NAMES[table]}的各单元格连在一起（“${quote}”），分不清每个数字属于哪一格，未能读取该表，其数值未检查。请提供带表格的原文件。`,
      location,
    }));
  },
};
