import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { countOf, valueIntFindings } from "../lib/cells";

export const table3ValueInt: Rule = {
  id: "table3/value-int",
  severity: "error",
  title: "表三单元格须填非负整数",
  description:
    "表三各单元格为非负整数；去除空白（含全角空格）后再判定；空白、“/”“-”“—”、负数、小数报错。一张表中有两个以上单元格为空或填“/”“—”“无”时合为一条（写明个数和所在行，统计表中标出每个单元格）；负数、小数逐格报告。",
  basis: `${FORMAT_2021}（表三：件数）`,
  example: {
    wrong: "表三“二、上年结转政府信息公开申请数量—科研机构”为空。",
    right: "表三“二、上年结转政府信息公开申请数量—科研机构”填写为“0”。",
  },
  check({ parsed }) {
    const t3 = parsed.tables.t3;
    if (!t3) return [];
    return valueIntFindings(t3, "t3", (cell) => countOf(cell) !== null, () => "非负整数");
  },
};
