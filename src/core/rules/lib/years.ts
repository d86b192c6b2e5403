/** Where a paragraph sits, for messages about years: the section that holds it. */
import type { ParsedReport } from "../../parse/parsed";
import { sectionOrdinal } from "./sections";

export function placeName(parsed: ParsedReport, blockIndex: number): string {
  const section = parsed.sections.find((s) => s.blockIndex <= blockIndex && blockIndex < s.endBlock);
  if (section) return sectionOrdinal(section.number);
  const first = parsed.sections[0];
  return first && blockIndex < first.blockIndex ? "导语" : "正文";
}
