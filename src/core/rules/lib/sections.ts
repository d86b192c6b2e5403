/** What the section rules share: naming a section, and finding where a missing one should have been. */
import type { Location } from "../../model/location";
import { CHINESE_NUMERALS, SECTIONS } from "../../model/template";
import { compact } from "../../text/normalize";
import type { ParsedReport } from "../../parse/parsed";
import { locationAfter } from "./common";

/** The section's numeral: 3 → "三". */
export function numeralOf(number: number): string {
  return CHINESE_NUMERALS[number - 1];
}

/** 第三部分. */
export function sectionOrdinal(number: number): string {
  return `第${numeralOf(number)}部分`;
}

/** 第三部分“收到和处理政府信息公开申请情况”. */
export function sectionName(number: number): string {
  return `${sectionOrdinal(number)}“${SECTIONS[number - 1].title}”`;
}

/** The heading as the format writes it: "三、收到和处理政府信息公开申请情况". */
export function standardHeading(number: number): string {
  return `${numeralOf(number)}、${SECTIONS[number - 1].title}`;
}

export interface MissingSectionPlace {
  location: Location;
  /** A heading that carries the section's numeral but words the parser did not recognise ("五、工作中的不足"). */
  strayHeading?: string;
}

/** A short line that starts with the section's numeral and is not a sentence. */
const MAX_STRAY_HEADING = 30;

function isStrayHeading(text: string, number: number): boolean {
  const line = compact(text);
  return line.length <= MAX_STRAY_HEADING && !/[，。；]/.test(line) && new RegExp(`^第?${numeralOf(number)}(部分)?[、.．]`).test(line);
}

/**
 * Where a section that was not found should have been: between the last section before it and the first
 * section after it (in document order). A numbered heading in that gap with unrecognised words is taken as
 * the section's heading; otherwise the place is the end of the block just before the next section.
 */
export function missingSectionPlace(parsed: ParsedReport, number: number): MissingSectionPlace {
  const { blocks } = parsed.document;
  const next = parsed.sections.find((section) => section.number > number);
  const end = next ? next.blockIndex : blocks.length;
  const before = parsed.sections.filter((section) => section.number < number && section.blockIndex < end).pop();
  const start = before ? before.blockIndex + 1 : (parsed.title?.blocks.at(-1) ?? -1) + 1;
  for (let index = start; index < end; index++) {
    const block = blocks[index];
    if (block.type === "paragraph" && isStrayHeading(block.text, number)) {
      return { location: block.location, strayHeading: block.text.trim() };
    }
  }
  return { location: locationAfter(parsed.document, end - 1) };
}
