/** The cross-year rules: they compare a report with the same agency's earlier reports from the history. */
import type { Rule } from "../rule";
import { metaCrossYearSimilarity } from "../meta/cross-year-similarity";
import { section5Boilerplate } from "../section5/boilerplate";
import { table2CrossYearInForce } from "../table2/cross-year-in-force";
import { table3CrossYearCarry } from "../table3/cross-year-carry";
import { table3CrossYearJump } from "../table3/cross-year-jump";

export const HISTORY_RULES: Rule[] = [
  table2CrossYearInForce,
  table3CrossYearCarry,
  table3CrossYearJump,
  section5Boilerplate,
  metaCrossYearSimilarity,
];
