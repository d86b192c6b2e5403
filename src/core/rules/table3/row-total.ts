import { T3_COLUMNS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { t3RowName, totalMismatch } from "../lib/cells";

const APPLICANT_COLUMNS = T3_COLUMNS.filter((column) => column.key !== "total").map((column) => column.key);

export const table3RowTotal: Rule = {
  id: "table3/row-total",
  severity: "error",
  title: "表三行合计不符",
  description:
    "表三每一行：“总计”列 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。有空白或非法单元格的行不计算（由“表三单元格须填非负整数”提示）。",
  basis: `${FORMAT_2021}（表三“总计”列）`,
  example: {
    wrong: "表三“（四）无法提供—1.本机关不掌握相关政府信息”一行：自然人27、其他各类申请人0，“总计”列填写为26。",
    right: "“总计”列填写为27（各类申请人之和）。",
  },
  check({ parsed }) {
    const t3 = parsed.tables.t3;
    if (!t3) return [];
    return t3.rows.flatMap((row): FindingDraft[] => {
      const total = row.cells.total;
      const mismatch = totalMismatch(
        APPLICANT_COLUMNS.map((column) => row.cells[column]),
        total,
      );
      if (!mismatch) return [];
      return [
        {
          message: `表三“${t3RowName(row.key)}”一行：各类申请人之和为${mismatch.sum}，“总计”列填写为${mismatch.written}。`,
          expected: mismatch.sum,
          actual: mismatch.written,
          location: total.location,
        },
      ];
    });
  },
};
