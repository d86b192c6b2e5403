import { T3_COLUMNS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { rowOf, t3ColumnName, t3ResultRowKeys, totalMismatch } from "../lib/cells";

export const table3ResultsTotal: Rule = {
  id: "table3/results-total",
  severity: "error",
  title: "表三办理结果总计不符",
  description:
    "表三每一列：“（七）总计” = （一）予以公开 + （二）部分公开 + （三）不予公开1–8 + （四）无法提供1–3 + （五）不予处理1–5 + （六）其他处理1–3（（六）合为一行时用该行）。有空白或非法单元格的列不计算。",
  basis: `${FORMAT_2021}（表三“（七）总计”为各办理结果合计）`,
  example: {
    wrong: "表三“自然人”列：（一）至（六）各项之和为32，但“（七）总计”填写为30。",
    right: "“（七）总计”填写为32。",
  },
  check({ parsed }) {
    const t3 = parsed.tables.t3;
    const totalRow = t3 && rowOf(t3, "total");
    if (!t3 || !totalRow) return [];
    const resultRows = t3ResultRowKeys(t3).map((key) => rowOf(t3, key));
    return T3_COLUMNS.flatMap(({ key: column }): FindingDraft[] => {
      const total = totalRow.cells[column];
      const mismatch = totalMismatch(
        resultRows.map((row) => row?.cells[column]),
        total,
      );
      if (!mismatch) return [];
      return [
        {
          message: `表三“${t3ColumnName(column)}”列：（一）至（六）各项之和为${mismatch.sum}，但“（七）总计”填写为${mismatch.written}。`,
          expected: mismatch.sum,
          actual: mismatch.written,
          location: total.location,
        },
      ];
    });
  },
};
