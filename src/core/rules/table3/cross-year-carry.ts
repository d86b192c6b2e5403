import { T3_COLUMNS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { cellName, countOf, rowOf } from "../lib/cells";
import { comparableLastYear, earlierCount } from "../lib/earlier";

export const table3CrossYearCarry: Rule = {
  id: "table3/cross-year-carry",
  severity: "warning",
  title: "上年结转与上年报告的结转下年度不符",
  description:
    "历史记录中有同一机关上一年度的报告时，表三每一列：本年“二、上年结转政府信息公开申请数量”应等于上年报告“四、结转下年度继续办理”。上年结转的申请就是上年未办完、结转到本年的申请。任一方单元格为空或不是整数的列不比较。",
  basis: `${FORMAT_2021}（表三：上年结转、结转下年度继续办理）；勾稽逻辑`,
  example: {
    wrong: "2023年报告表三“二、上年结转政府信息公开申请数量—总计”为0，但2022年报告“四、结转下年度继续办理—总计”为2。",
    right: "2022年报告结转下年度2件，2023年报告上年结转2件。",
  },
  check(context) {
    const t3 = context.parsed.tables.t3;
    const carriedOver = t3 && rowOf(t3, "carried_over");
    const earlier = comparableLastYear(context, "t3");
    if (!carriedOver || !earlier) return [];
    const year = context.parsed.report.year;
    return T3_COLUMNS.flatMap(({ key: column }): FindingDraft[] => {
      const cell = carriedOver.cells[column];
      const now = countOf(cell);
      const before = earlierCount(earlier.report, { table: "t3", row: "carried_forward", column });
      if (now === null || before === null || now === before) return [];
      const here = cellName({ table: "t3", row: "carried_over", column });
      const there = cellName({ table: "t3", row: "carried_forward", column });
      return [
        {
          message: `${year}年报告${here}为${now}，但${earlier.report.year}年报告${there}为${before}，两者应相等，请核实。`,
          expected: before,
          actual: now,
          location: cell.location,
        },
      ];
    });
  },
};
