import type { AgencyKind } from "../../model/report";
import type { FindingDraft, Rule } from "../rule";
import { cellName, only2021, rowOf } from "../lib/cells";

/** Words that hold 区/县/乡/镇 without naming a level below the city: 自治区 governments make 规章. */
const NOT_A_LEVEL = /自治区|城乡|乡村|社区|区域|城镇/g;
const BELOW_CITY = /区|县|乡|镇|街道/;

/** Agencies that cannot make 规章: townships and 街道, and any agency of a 区 or 县. */
export function lacksRuleMakingPower(agency: string, kind: AgencyKind): boolean {
  return kind === "township" || BELOW_CITY.test(agency.replace(NOT_A_LEVEL, ""));
}

export const table2RulesAuthority: Rule = {
  id: "table2/rules-authority",
  severity: "warning",
  title: "无规章制定权的机关填报了规章",
  description:
    "机关为乡镇、街道，或机关名含“区/县/乡/镇/街道”（“自治区”除外）等非规章制定主体，而表二“规章”行任一单元格大于0时提示。",
  basis: "《中华人民共和国立法法》关于部门规章、地方政府规章制定主体的规定",
  example: {
    wrong: "某区人民政府办公室表二“规章—本年制发件数”填写为2。",
    right: "区县部门、乡镇、街道的“规章”行均填0。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const { agency, agencyKind } = parsed.report;
    const regulations = parsed.tables.t2 && rowOf(parsed.tables.t2, "regulations");
    if (!regulations || !lacksRuleMakingPower(agency, agencyKind)) return [];
    return Object.entries(regulations.cells).flatMap(([column, cell]): FindingDraft[] => {
      if (cell.value === null || cell.value <= 0) return [];
      const ref = { table: "t2" as const, row: "regulations", column };
      return [
        {
          message: `本机关${agency ? `（${agency}）` : ""}不具有规章制定权，${cellName(ref)}填写为${cell.value}，应为0，请核实。`,
          expected: 0,
          actual: cell.value,
          location: cell.location,
        },
      ];
    });
  },
};
