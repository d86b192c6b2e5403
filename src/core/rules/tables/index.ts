import type { Rule } from "../rule";
import { table2FeeDecimal } from "../table2/fee-decimal";
import { table2InForceVsIssued } from "../table2/in-force-vs-issued";
import { table2RulesAuthority } from "../table2/rules-authority";
import { table2ValueInt } from "../table2/value-int";
import { table3Balance } from "../table3/balance";
import { table3ResultsTotal } from "../table3/results-total";
import { table3RowTotal } from "../table3/row-total";
import { table3ValueInt } from "../table3/value-int";
import { table4CellCount } from "../table4/cell-count";
import { table4GroupTotal } from "../table4/group-total";
import { table4ValueInt } from "../table4/value-int";

export const TABLE_RULES: Rule[] = [
  table2ValueInt,
  table2FeeDecimal,
  table2RulesAuthority,
  table2InForceVsIssued,
  table3ValueInt,
  table3Balance,
  table3ResultsTotal,
  table3RowTotal,
  table4ValueInt,
  table4GroupTotal,
  table4CellCount,
];
