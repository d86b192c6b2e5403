import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { countOf, only2021, valueIntFindings } from "../lib/cells";

const isFees = (row: string) => row === "fees";

export const table2ValueInt: Rule = {
  id: "table2/value-int",
  severity: "error",
  title: "表二单元格须填数值",
  description:
    "表二各单元格须有数值：第二十条第（一）（五）（六）项为非负整数；第（八）项“本年收费金额（单位：万元）”为非负数（可带小数）。空白、“/”、“无”、负数、（一）（五）（六）项的小数均报。一张表中有两个以上单元格为空或填“/”“—”“无”时合为一条（写明个数和所在行，统计表中标出每个单元格）；负数、小数逐格报告。",
  basis: `${FORMAT_2021}（表二：件数与金额）`,
  example: {
    wrong: "表二“行政处罚—本年处理决定数量”填写为“/”。",
    right: "表二“行政处罚—本年处理决定数量”填写为“0”（无则填0）。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const t2 = parsed.tables.t2;
    if (!t2) return [];
    return valueIntFindings(
      t2,
      "t2",
      (cell, ref) => (isFees(ref.row) ? cell.value !== null && cell.value >= 0 : countOf(cell) !== null),
      (ref) => (isFees(ref.row) ? "以万元为单位的非负数" : "非负整数"),
    );
  },
};
