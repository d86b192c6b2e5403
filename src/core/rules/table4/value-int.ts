import { T4_CELL_COUNT } from "../../model/template";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { countOf, valueIntFindings } from "../lib/cells";

export const table4ValueInt: Rule = {
  id: "table4/value-int",
  severity: "error",
  title: "表四单元格须填非负整数",
  description:
    "表四15个单元格均为非负整数；空白、“/”、负数、小数报错。一张表中有两个以上单元格为空或填“/”“—”“无”时合为一条（写明个数和所在行，统计表中标出每个单元格）；负数、小数逐格报告。数值个数不是15时由“表四数值个数”一条提示，不逐格报。",
  basis: `${FORMAT_2021}（表四：件数）`,
  example: {
    wrong: "表四“行政诉讼（复议后起诉）—尚未审结”为空。",
    right: "表四“行政诉讼（复议后起诉）—尚未审结”填写为“0”。",
  },
  check({ parsed }) {
    const t4 = parsed.tables.t4;
    if (!t4 || t4.cellCount !== T4_CELL_COUNT) return [];
    return valueIntFindings(t4, "t4", (cell) => countOf(cell) !== null, () => "非负整数");
  },
};
