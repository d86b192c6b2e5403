import type { AgencyKind } from "../../model/report";
import { compact } from "../../text/normalize";
import type { ParsedReport } from "../../parse/parsed";
import type { Rule } from "../rule";
import { REGULATION } from "../lib/basis";
import { numberValue } from "../lib/figures";
import type { IndexedParagraph } from "../lib/text";
import { bodyParagraphs } from "../lib/prose";

/** The closing date is among the last few lines. */
const CLOSING_LINES = 3;
const NUMBER = "(\\d{1,4}|[〇零一二三四五六七八九十]{1,4})";
/** A line that is only a date, perhaps after the agency's name: “北京市××局 2024年1月20日”. */
const DATE_LINE = new RegExp(`^[^，。；：:,;]{0,30}?${NUMBER}年${NUMBER}月${NUMBER}日$`);

interface ClosingDate {
  year: number;
  month: number;
  day: number;
  paragraph: IndexedParagraph;
}

/** The last dated line at the end of the document (落款日期), if there is one. */
function closingDate(parsed: ParsedReport): ClosingDate | null {
  const paragraphs = bodyParagraphs(parsed);
  // The last CLOSING_LINES lines that are not blank, from the end (not every paragraph compacted to find them).
  for (let i = paragraphs.length - 1, looked = 0; i >= 0 && looked < CLOSING_LINES; i--) {
    const line = compact(paragraphs[i].block.text);
    if (line === "") continue;
    looked++;
    const match = DATE_LINE.exec(line);
    const [year, month, day] = (match?.slice(1) ?? []).map((part) => numberValue(part));
    if (year && month && day) return { year, month, day, paragraph: paragraphs[i] };
  }
  return null;
}

const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;
const isoDate = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** 条例第四十九条: departments by 31 January, local people's governments at county level and above by 31 March. */
function deadline(kind: AgencyKind): { month: number; day: number; who: string } {
  if (kind === "department" || kind === "township") return { month: 1, day: 31, who: kind === "township" ? "乡镇、街道" : "政府部门" };
  return { month: 3, day: 31, who: kind === "government" ? "县级以上地方人民政府" : "机关类型未识别，按县级以上地方人民政府" };
}

export const metaPublishDeadline: Rule = {
  id: "meta/publish-deadline",
  severity: "warning",
  title: "落款日期晚于发布期限",
  description:
    "报告末尾的落款日期晚于发布期限：政府部门（办公室、局、委等）与乡镇、街道为次年1月31日，县级以上地方人民政府本级为次年3月31日（按机关类型判断；类型未识别时按3月31日）。只看正文末尾的日期行，不看文件属性中的时间。",
  basis: `${REGULATION}第四十九条`,
  example: {
    wrong: "报告年度2023年的部门年报，落款日期为2024年2月5日。",
    right: "落款日期为2024年1月20日。",
  },
  check({ parsed }) {
    const { year, agencyKind } = parsed.report;
    const date = closingDate(parsed);
    if (year === null || !date) return [];
    const limit = deadline(agencyKind);
    if (dayNumber(date.year, date.month, date.day) <= dayNumber(year + 1, limit.month, limit.day)) return [];
    return [
      {
        message: `落款日期为${date.year}年${date.month}月${date.day}日，晚于条例规定的${year + 1}年${limit.month}月${limit.day}日发布期限（${limit.who}）。`,
        expected: isoDate(year + 1, limit.month, limit.day),
        actual: isoDate(date.year, date.month, date.day),
        location: date.paragraph.block.location,
      },
    ];
  },
};
