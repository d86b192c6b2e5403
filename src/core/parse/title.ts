/** The report's title, agency and year from the first lines (report-format §1). */
import type { Block, ParagraphBlock } from "../model/document";
import type { AgencyKind } from "../model/report";
import { mergeLocations } from "./locations";
import { compact } from "../text/normalize";
import type { ParsedReport } from "./parsed";

/** rules.md: the title is looked for in the document's first five non-empty lines. */
const TITLE_SEARCH_LINES = 5;
const TITLE_WORDS = /年度报告|年报/;
const MAX_AGENCY_LINE = 40;

function leadingParagraphs(blocks: Block[], pageLines: Set<number>): { block: ParagraphBlock; index: number }[] {
  const found: { block: ParagraphBlock; index: number }[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type === "table" || found.length === TITLE_SEARCH_LINES) break;
    if (compact(block.text) && !pageLines.has(index)) found.push({ block, index });
  }
  return found;
}

function isAgencyLine(text: string): boolean {
  const line = compact(text);
  return line.length > 0 && line.length <= MAX_AGENCY_LINE && !/[。，；]|报告|依据|根据/.test(line);
}

/** The title, from the first lines that are not the web page's own (`pageLines`). */
export function findTitle(blocks: Block[], pageLines: Set<number> = new Set()): ParsedReport["title"] {
  const lines = leadingParagraphs(blocks, pageLines);
  const at = lines.findIndex(({ block }) => TITLE_WORDS.test(compact(block.text)));
  if (at < 0) return null;
  let first = at;
  // A title broken over lines ("…政府信息公开工作" / "年度报告"), then an agency name on a line of its own.
  if (first > 0 && /^(工作)?年度报告|^报告/.test(compact(lines[first].block.text))) first--;
  const joinedSoFar = lines.slice(first, at + 1).map(({ block }) => compact(block.text)).join("");
  const lacksAgency = /^(\d{4}年度?)?(政府信息公开|政务公开|信息公开|年度)/.test(joinedSoFar);
  if (first > 0 && lacksAgency && isAgencyLine(lines[first - 1].block.text)) first--;
  const used = lines.slice(first, at + 1);
  return {
    text: used.map(({ block }) => compact(block.text)).join(""),
    location: mergeLocations(used.map(({ block }) => block.location)),
    blocks: used.map(({ index }) => index),
  };
}

/** A title with the year first: “2019年上海市人民政府办公厅政府信息公开工作年度报告”. */
const YEAR_FIRST = /^((?:19|20)\d{2})年度?(?!度|政府信息公开|政务公开|信息公开)(.+?)(?:政府信息公开|政务公开|信息公开)/;

export function titleParts(title: string): { agency: string; year: number | null } {
  const yearFirst = YEAR_FIRST.exec(title);
  if (yearFirst) return { agency: yearFirst[2], year: Number(yearFirst[1]) };
  const match = /^(.*?)((?:19|20)\d{2})年/.exec(title);
  if (match) return { agency: match[1], year: Number(match[2]) };
  const agency = /^(.*?)(?:政府信息公开|政务公开|信息公开)/.exec(title);
  return { agency: agency ? agency[1] : "", year: null };
}

/** A place named alone (上海市, 浦东新区, 亦庄镇): the report of that place's people's government. */
const PLACE_ALONE = /^[\u4e00-\u9fff]{2,16}(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡)$/;
const ORGAN_WORDS = /[局委办会厅部所院室处站队馆]|中心/;

/** rules.md "机关类型": one judgement shared by every rule that depends on the agency's kind. */
export function agencyKindOf(agency: string): AgencyKind {
  if (!agency) return "unknown";
  if (/街道办事处$|街道$|[乡镇]人民政府$|[乡镇]政府$/.test(agency)) return "township";
  if (/人民政府$/.test(agency)) return "government";
  if (PLACE_ALONE.test(agency) && !ORGAN_WORDS.test(agency)) return /[乡镇]$/.test(agency) ? "township" : "government";
  if (/(办公室|办|局|委员会|委|厅|部|署|院|中心|处|所|站|队|会|馆|室)$/.test(agency)) return "department";
  return "unknown";
}
