import type { TableCellRef } from "../../model/location";
import type { FindingDraft, Rule } from "../rule";
import { cellName, countOf, rowOf, type RowKey } from "../lib/cells";
import { comparableLastYear, earlierCount } from "../lib/earlier";

/** The figures compared with last year: 表三 本年新收 in all, 表二's main counts, 表四's totals. */
const FIGURES: (TableCellRef & { row: RowKey })[] = [
  { table: "t3", row: "new", column: "total" },
  { table: "t2", row: "normative_documents", column: "issued" },
  { table: "t2", row: "licensing", column: "value" },
  { table: "t2", row: "penalty", column: "value" },
  { table: "t2", row: "coercion", column: "value" },
  { table: "t4", row: "review", column: "total" },
  { table: "t4", row: "litigation_direct", column: "total" },
  { table: "t4", row: "litigation_after_review", column: "total" },
];

/** A change counts as a jump beyond this factor either way… */
const FACTOR = 5;
/** …and only when the figures differ by at least this much (3 against 0 is no news). */
const MIN_DIFFERENCE = 10;

function jump(now: number, before: number): "up" | "down" | null {
  if (Math.abs(now - before) < MIN_DIFFERENCE) return null;
  if (now > before * FACTOR) return "up";
  if (now * FACTOR < before) return "down";
  return null;
}

const JUMP_WORDS = { up: `增幅较大（超过上年的${FACTOR}倍）`, down: "降幅较大（不足上年的五分之一）" };

export const table3CrossYearJump: Rule = {
  id: "table3/cross-year-jump",
  severity: "info",
  title: "主要数值较上年变化过大",
  description: `历史记录中有同一机关上一年度的报告时，比较表三“本年新收”总计，表二行政规范性文件本年制发件数、行政许可、行政处罚、行政强制决定数量，表四三组总计：本年数值超过上年的${FACTOR}倍或不足上年的五分之一，且两者相差${MIN_DIFFERENCE}以上时，提示核实数据。表二只在两份报告都为2021年格式时比较。`,
  basis: "同比突变核查（审核惯例）：数值大幅变化常因填错单位、行列或沿用模板",
  example: {
    wrong: "表三“一、本年新收政府信息公开申请数量—总计”2023年为95，2022年报告为15，增幅较大，请核实数据。",
    right: "本年新收申请95件，上年87件。",
  },
  check(context) {
    const year = context.parsed.report.year;
    return FIGURES.flatMap((ref): FindingDraft[] => {
      const table = context.parsed.tables[ref.table];
      const cell = table && rowOf(table, ref.row)?.cells[ref.column];
      const earlier = comparableLastYear(context, ref.table);
      if (!cell || !earlier) return [];
      const now = countOf(cell);
      const before = earlierCount(earlier.report, ref);
      const direction = now !== null && before !== null && jump(now, before);
      if (!direction) return [];
      const message = `${cellName(ref)}${year}年为${now}，${earlier.report.year}年报告为${before}，${JUMP_WORDS[direction]}，请核实数据。`;
      return [{ message, location: cell.location }];
    });
  },
};
