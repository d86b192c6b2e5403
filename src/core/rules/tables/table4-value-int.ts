import { T4_CELL_COUNT } from "../../model/template";
import type { Rule } from "../rule";
import { countOf, notPre2019, valueIntFindings } from "./cells";

export const table4ValueInt: Rule = {
  id: "table4/value-int",
  severity: "error",
  title: "表四单元格须填非负整数",
  description: "表四15个单元格均为非负整数；空白、“/”、负数、小数报错。数值个数不是15时由“表四数值个数”一条提示，不逐格报。",
  basis: "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）表四：件数",
  example: {
    wrong: "表四“行政诉讼（复议后起诉）—尚未审结”为空。",
    right: "表四“行政诉讼（复议后起诉）—尚未审结”填写为“0”。",
  },
  appliesToVersion: notPre2019,
  check({ parsed }) {
    const t4 = parsed.tables.t4;
    if (!t4 || t4.cellCount !== T4_CELL_COUNT) return [];
    return valueIntFindings(t4, "t4", (cell) => countOf(cell) !== null, () => "非负整数");
  },
};
