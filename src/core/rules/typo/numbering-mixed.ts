import { mergeLocations } from "../../parse/locations";
import type { ParsedReport, ParsedSection } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { sectionOrdinal } from "../lib/sections";
import { sectionParagraphs, type IndexedParagraph } from "../lib/text";
import { GB_9704 } from "../lib/basis";
import { leadingMarker, markerLabel, type Marker, type NumberingStyle } from "../lib/numbering";

interface Numbered {
  paragraph: IndexedParagraph;
  marker: Marker;
}

/** “一、二、”与“三是”: each style's markers in the order they appear. */
function stylesWritten(items: Numbered[]): string {
  const byStyle = new Map<NumberingStyle, string[]>();
  for (const { marker } of items) {
    byStyle.set(marker.style, [...(byStyle.get(marker.style) ?? []), markerLabel(marker.style, marker.value)]);
  }
  return [...byStyle.values()].map((labels) => `“${labels.join("")}”`).join("与");
}

/**
 * The numbered paragraphs of a section that break the pattern: “一、” (the level of the section
 * headings), and a marker that continues the count of the marker just before it in another style
 * (“二、” then “三是”) instead of a count of its own.
 */
function sectionFinding(parsed: ParsedReport, section: ParsedSection): FindingDraft | null {
  const numbered: Numbered[] = sectionParagraphs(parsed, section.number).flatMap((paragraph) => {
    const marker = leadingMarker(paragraph.block.text);
    return marker ? [{ paragraph, marker }] : [];
  });
  const involved = new Set<Numbered>();
  let sameLevel = false;
  let mixed = false;
  const latest = new Map<NumberingStyle, number>();
  numbered.forEach((item, i) => {
    const { style, value } = item.marker;
    const previous = numbered[i - 1];
    if (style === "一、") {
      sameLevel = true;
      involved.add(item);
    }
    if (previous && previous.marker.style !== style && previous.marker.value === value - 1 && latest.get(style) !== value - 1) {
      mixed = true;
      involved.add(previous).add(item);
    }
    latest.set(style, value);
  });
  if (involved.size === 0) return null;

  const items = numbered.filter((item) => involved.has(item));
  const part = sectionOrdinal(section.number);
  const message = mixed
    ? `${part}列举混用${stylesWritten(items)}${sameLevel ? "，且“一、”与部分标题序号冲突" : "，同一列举应使用同一种序号"}。`
    : `${part}内使用了与部分标题同级的序号${stylesWritten(items)}，部分内的列举宜用“（一）”“（二）”。`;
  return {
    message,
    actual: items.map((item) => item.marker.written).join(""),
    location: mergeLocations(items.map((item) => item.paragraph.block.location)),
  };
}

export const numberingMixed: Rule = {
  id: "typo/numbering-mixed",
  severity: "warning",
  title: "列举序号体系混用",
  description:
    "同一列举中混用不同的序号体系（如“一、二、三是”），或在部分内部使用与部分标题同级的“一、”序号。每个部分至多提示一次，位置为相关段落的起止。",
  basis: `${GB_9704}结构层次序数（一、（一）1.（1））`,
  example: {
    wrong: "五、存在的主要问题及改进措施\n一、学习还需深入……\n二、队伍建设相对薄弱……\n三是政务公开缺乏谨慎性……",
    right: "五、存在的主要问题及改进情况\n（一）学习还需深入……\n（二）队伍建设相对薄弱……\n（三）政务公开缺乏谨慎性……",
  },
  check({ parsed }) {
    return parsed.sections.map((section) => sectionFinding(parsed, section)).filter((finding) => finding !== null);
  },
};
