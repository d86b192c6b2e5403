import type { Location } from "../../model/location";
import type { ParsedReport } from "../../parse/parsed";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

/** The first year whose report must use the 2021 format. */
const FIRST_YEAR_OF_2021_FORMAT = 2021;

/** The 2019 trial format's words that stand in a table (a word in running text is no template), first place of each. */
function trialWordsInTables(parsed: ParsedReport): { word: string; location: Location }[] {
  // The parser hands each mark the very location object of the cell it was found in.
  const cellLocations = new Set(parsed.document.blocks.flatMap((block) => (block.type === "table" ? block.rows.flat().map((cell) => cell.location) : [])));
  const marks = parsed.versionMarks.filter((mark) => mark.version === "2019-trial" && cellLocations.has(mark.location));
  return marks.filter((mark, index) => marks.findIndex((other) => other.word === mark.word) === index);
}

export const outdatedTemplate: Rule = {
  id: "format/outdated-template",
  severity: "error",
  title: "沿用2019年试行格式",
  description:
    "报告年度为2021年及以后，但表二使用了2019年试行格式的列名或行（“本年新制作数量”“本年新公开数量”“对外公开总数量”“上一年项目数量”“本年增/减”“其他对外管理服务事项”“政府集中采购”“第二十条第（九）项”）。仅表三“（六）其他处理”合为一行不算旧格式，由“统计表格式被改动”提示。",
  basis: `${FORMAT_2021}（2021年9月26日修订印发，2021年度报告起使用）`,
  example: {
    wrong: "2023年度报告的表二列名为“本年新制作数量｜本年新公开数量｜对外公开总数量”。",
    right: "表二列名为“本年制发件数｜本年废止件数｜现行有效件数”。",
  },
  check({ parsed }) {
    const year = parsed.report.year;
    if (year === null || year < FIRST_YEAR_OF_2021_FORMAT) return [];
    return trialWordsInTables(parsed).map(({ word, location }) => ({
      message: `检测到2019年试行格式的表二用语“${word}”，${year}年度报告应使用国办公开办函〔2021〕30号印发的新格式。`,
      actual: word,
      location,
    }));
  },
};
