import { T4_CELL_COUNT, T4_COLUMNS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { t4GroupName, totalMismatch } from "../lib/cells";

const PART_COLUMNS = T4_COLUMNS.filter((column) => column.key !== "total");

export const table4GroupTotal: Rule = {
  id: "table4/group-total",
  severity: "error",
  title: "表四各组总计不符",
  description:
    "表四行政复议、行政诉讼（未经复议直接起诉）、行政诉讼（复议后起诉）三组各自：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。有空白或非法单元格的组不计算；数值个数不是15时不计算。",
  basis: `${FORMAT_2021}（表四各组“总计”）`,
  example: {
    wrong: "表四“行政复议”：结果维持2 + 结果纠正0 + 其他结果0 + 尚未审结0 = 2，“总计”填写为3。",
    right: "表四“行政复议”：“总计”填写为2。",
  },
  check({ parsed }) {
    const t4 = parsed.tables.t4;
    if (!t4 || t4.cellCount !== T4_CELL_COUNT) return [];
    return t4.rows.flatMap((group): FindingDraft[] => {
      const total = group.cells.total;
      const mismatch = totalMismatch(
        PART_COLUMNS.map((column) => group.cells[column.key]),
        total,
      );
      if (!mismatch) return [];
      const terms = PART_COLUMNS.map((column) => `${column.label}${group.cells[column.key].value}`).join(" + ");
      return [
        {
          message: `表四“${t4GroupName(group.key)}”：${terms} = ${mismatch.sum}，“总计”填写为${mismatch.written}。`,
          expected: mismatch.sum,
          actual: mismatch.written,
          location: total.location,
        },
      ];
    });
  },
};
