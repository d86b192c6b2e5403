import { compact } from "../../text/normalize";
import { TABLE_KEYS, type Location } from "../../model/location";
import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { sectionOrdinal } from "../lib/sections";
import { TABLE_SHORT_NAMES } from "../lib/cells";
import { sectionParagraphs } from "../lib/text";
import { REGULATION } from "../lib/basis";

const TABLE_SECTIONS = [2, 3, 4];
/** A caption is a short line that is not a sentence. */
const CAPTION_LENGTH = 40;

interface Labelled {
  text: string;
  where: string;
  location: Location;
}

function otherYears(text: string, year: number): number[] {
  return [...compact(text).matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1])).filter((y) => y !== year);
}

/** The headings of sections 二 to 四 and the captions inside them. */
function headingsAndCaptions(parsed: ParsedReport): Labelled[] {
  return parsed.sections
    .filter((section) => TABLE_SECTIONS.includes(section.number))
    .flatMap((section) => {
      const name = sectionOrdinal(section.number);
      const captions = sectionParagraphs(parsed, section.number)
        .map(({ block }) => ({ text: compact(block.text), where: `${name}表题`, location: block.location }))
        .filter(({ text }) => text.length <= CAPTION_LENGTH && !/[。；]/.test(text));
      return [{ text: section.heading, where: `${name}标题`, location: section.location }, ...captions];
    });
}

/** Every cell of the blocks the three tables were read from. */
function tableCells(parsed: ParsedReport): Labelled[] {
  const cells: Labelled[] = [];
  for (const key of TABLE_KEYS) {
    for (const index of parsed.tables[key]?.blocks ?? []) {
      const block = parsed.document.blocks[index];
      if (block.type !== "table") continue;
      for (const row of block.rows) for (const cell of row) cells.push({ text: cell.text, where: `${TABLE_SHORT_NAMES[key]}单元格`, location: cell.location });
    }
  }
  return cells;
}

export const yearTableHeaderYear: Rule = {
  id: "year/table-header-year",
  severity: "warning",
  title: "表格标题或表内年份与报告年度不符",
  description: "第二、三、四部分的标题、表题（表格前不成句的短行）和三张表的单元格中写有“××××年”，而年份不是报告年度。",
  basis: `${REGULATION}第四十九条（报告上一年度的情况）`,
  example: {
    wrong: "报告年度为2023年，表三标题为“三、2022年收到和处理政府信息公开申请情况”。",
    right: "三、收到和处理政府信息公开申请情况",
  },
  check({ parsed }) {
    const { year } = parsed.report;
    if (year === null) return [];
    // Loops, not inline callbacks, which V8 would compile again after each full collection (README, "V8").
    const findings: FindingDraft[] = [];
    for (const { text, where, location } of [...headingsAndCaptions(parsed), ...tableCells(parsed)]) {
      for (const other of otherYears(text, year)) {
        findings.push({ message: `${where}“${compact(text)}”含“${other}年”，与报告年度${year}年不符。`, expected: year, actual: other, location });
      }
    }
    return findings;
  },
};
