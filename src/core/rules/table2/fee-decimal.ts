import { halfwidthDigits } from "../../text/normalize";
import type { ParsedCell } from "../../parse/parsed";
import type { AgencyKind } from "../../model/report";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { cellName, only2021, rowOf } from "../lib/cells";

/** 万元 amounts of this size are likely written in 元 when the agency is a county department or a township. */
const SUSPICIOUS_AMOUNT = 10_000;
/** An amount in 元 has at most two decimals (the fen): more decimals show the amount is in 万元. */
const YUAN_DECIMALS = 2;

/** Townships, and departments of a district or county (rules.md: 区县部门/乡镇). */
function smallAgency(kind: AgencyKind, agency: string): boolean {
  return kind === "township" || (kind === "department" && /[区县旗]/.test(agency));
}
/** 万元 to six decimals is exact to the fen (5949.088667 万元): more places are finer than any amount. */
const MAX_DECIMALS = 6;

/** Why the amount looks mis-written, in plain words; empty when it looks right. */
function doubts(cell: ParsedCell, kind: AgencyKind, agency: string): string[] {
  const text = halfwidthDigits(cell.raw);
  const decimals = /\.([0-9]+)/.exec(text)?.[1].length ?? 0;
  const reasons: string[] = [];
  if (cell.problem === "unit") reasons.push("单元格中带有单位，应只填写以万元为单位的数字");
  if (cell.value !== null && /[,，]/.test(text)) reasons.push("不应使用千分位分隔符");
  if (decimals > MAX_DECIMALS) reasons.push(`小数位数为${decimals}位，以万元为单位精确到分只需${MAX_DECIMALS}位`);
  if (cell.value !== null && cell.value >= SUSPICIOUS_AMOUNT && decimals <= YUAN_DECIMALS && smallAgency(kind, agency)) {
    reasons.push("单位为万元，请核实是否误按“元”填报");
  }
  return reasons;
}

export const table2FeeDecimal: Rule = {
  id: "table2/fee-decimal",
  severity: "warning",
  title: "行政事业性收费金额写法存疑",
  description:
    "表二第二十条第（八）项“本年收费金额（单位：万元）”须为非负数，允许小数；单元格含“元/万元”等单位、使用千分位分隔符、小数超过6位（万元精确到分为6位小数，6位以内都是正常写法），或数值不小于10000、小数不超过2位且机关为区县部门或乡镇街道（可能误按“元”填报）时提示。",
  basis: `${FORMAT_2021}（表二列名注明单位为万元）`,
  example: {
    wrong: "行政事业性收费金额填写为“251000”，单位为万元。",
    right: "行政事业性收费金额填写为“25.1”（万元）。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const fees = parsed.tables.t2 && rowOf(parsed.tables.t2, "fees")?.cells.value;
    if (!fees) return [];
    const reasons = doubts(fees, parsed.report.agencyKind, parsed.report.agency);
    if (reasons.length === 0) return [];
    const ref = { table: "t2" as const, row: "fees", column: "value" };
    return [
      {
        message: `${cellName(ref)}填写为“${fees.raw.trim()}”：${reasons.join("；")}。`,
        ...(fees.value !== null && { actual: fees.value }),
        location: fees.location,
      },
    ];
  },
};
