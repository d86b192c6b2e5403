import { T2_ROWS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { countOf, only2021, rowOf, t2RowName } from "../lib/cells";
import { comparableLastYear, earlierCount } from "../lib/earlier";

/** The 第二十条第（一）项 rows (规章, 行政规范性文件), each counted on its own. */
const DOCUMENT_ROWS = T2_ROWS.filter((row) => row.item === "一").map((row) => row.key);

export const table2CrossYearInForce: Rule = {
  id: "table2/cross-year-in-force",
  severity: "warning",
  title: "现行有效件数与上年报告不衔接",
  description:
    "历史记录中有同一机关上一年度的报告时，表二“规章”“行政规范性文件”两行分别计算：本年现行有效件数应等于上年现行有效件数 + 本年制发件数 − 本年废止件数。因清理、失效等原因可有合理差异，故为警告，请核实或在报告中说明。两份报告都须为2021年格式。",
  basis: "表意逻辑：现行有效件数为年末存量，上年末存量加本年制发、减本年废止即为本年末存量",
  example: {
    wrong: "行政规范性文件：2022年现行有效60 + 2023年制发12 − 2023年废止0 = 72，与2023年现行有效64不一致。",
    right: "行政规范性文件：2022年现行有效60 + 2023年制发12 − 2023年废止0 = 72，2023年现行有效72。",
  },
  appliesToVersion: only2021,
  check(context) {
    const t2 = context.parsed.tables.t2;
    const earlier = comparableLastYear(context, "t2");
    if (!t2 || !earlier) return [];
    const year = context.parsed.report.year;
    return DOCUMENT_ROWS.flatMap((key): FindingDraft[] => {
      const row = rowOf(t2, key);
      if (!row) return [];
      const [issued, repealed, inForce] = ["issued", "repealed", "in_force"].map((column) => countOf(row.cells[column]));
      const before = earlierCount(earlier.report, { table: "t2", row: key, column: "in_force" });
      if (issued === null || repealed === null || inForce === null || before === null) return [];
      const expected = before + issued - repealed;
      if (inForce === expected) return [];
      return [
        {
          message: `表二“${t2RowName(key)}”：${earlier.report.year}年现行有效${before} + ${year}年制发${issued} − ${year}年废止${repealed} = ${expected}，与${year}年现行有效件数${inForce}不一致，请核实或说明原因。`,
          expected,
          actual: inForce,
          location: row.cells.in_force.location,
        },
      ];
    });
  },
};
