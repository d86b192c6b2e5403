/** Where a paragraph sits, for messages about years: the section that holds it. */
import { CHINESE_NUMERALS } from "../../model/template";
import type { ParsedReport } from "../../parse/parsed";

export function placeName(parsed: ParsedReport, blockIndex: number): string {
  const section = parsed.sections.find((s) => s.blockIndex <= blockIndex && blockIndex < s.endBlock);
  if (section) return `第${CHINESE_NUMERALS[section.number - 1]}部分`;
  const first = parsed.sections[0];
  return first && blockIndex < first.blockIndex ? "导语" : "正文";
}
