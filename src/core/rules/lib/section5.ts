/** The text of 第五部分 “存在的主要问题及改进情况”, shared by the section 5 rules. */
import type { Location } from "../../model/location";
import { compact } from "../../text/normalize";
import type { ParsedReport } from "../../parse/parsed";
import { sectionParagraphs } from "./text";

export interface Section5 {
  /** All of the section's paragraphs, white space removed. */
  text: string;
  location: Location;
}

/** Shorter than this, the section cannot name problems and improvements (rules.md §F). */
export const MIN_LENGTH = 20;
const NOTHING = /^(无|暂无|没有|无问题)$/;

export function section5(parsed: ParsedReport): Section5 | null {
  const section = parsed.sections.find((s) => s.number === 5);
  if (!section) return null;
  const text = compact(sectionParagraphs(parsed, 5).map((p) => p.block.text).join(""));
  return { text, location: section.location };
}

/** Whether the section says nothing: “无”, or fewer than 20 characters. */
export function saysNothing({ text }: Section5): boolean {
  const words = text.replace(/[。.，,；;！!、]/g, "");
  return NOTHING.test(words) || words.length < MIN_LENGTH;
}
