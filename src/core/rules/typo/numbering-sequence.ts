import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { allParagraphs } from "../lib/text";
import { GB_9704 } from "../lib/basis";
import { leadingMarker, markerLabel, runInMarkers, type Marker, type NumberingStyle } from "../lib/numbering";
import { paragraphPiece, type TextPiece } from "../lib/pieces";

/** GB/T 9704 order: a marker restarts the lists of every lower level ("1." restarts under each "（一）"). */
const LEVEL: Record<NumberingStyle, number> = { "一、": 0, "（一）": 1, "1.": 2, "1）": 2, "（1）": 3, 一是: 4 };

/** What went wrong between the previous marker of a list and this one; null when this one follows. */
function problem(previous: Marker, marker: Marker): string | null {
  const label = (value: number) => `“${markerLabel(marker.style, value)}”`;
  const [before, now] = [label(previous.value), label(marker.value)];
  if (marker.value === previous.value + 1) return null;
  if (marker.value === previous.value) return `列举序号${now}重复：前一项也是${before}。`;
  if (marker.value > previous.value) {
    const missing = Array.from({ length: marker.value - previous.value - 1 }, (_, i) => label(previous.value + 1 + i)).join("");
    return `列举序号${missing}缺失：${before}之后为${now}。`;
  }
  return `列举序号顺序颠倒：${before}之后为${now}。`;
}

/**
 * Follows every list through the document. A section heading ends all lists; a marker ends the lists
 * below its level; a 1 always starts a new list. Lists of “一、” inside a section are left to
 * typo/numbering-mixed, and so is a list that starts in the middle (“三是” after “二、”).
 */
function sequenceFindings(parsed: ParsedReport): FindingDraft[] {
  const headings = new Set([...parsed.sections, ...parsed.duplicates].map((section) => section.blockIndex));
  const titleBlocks = new Set(parsed.title?.blocks ?? []);
  const lists = new Map<NumberingStyle, Marker>();
  const findings: FindingDraft[] = [];

  const follow = (piece: TextPiece, marker: Marker) => {
    for (const style of lists.keys()) if (LEVEL[style] > LEVEL[marker.style]) lists.delete(style);
    const previous = lists.get(marker.style);
    lists.set(marker.style, marker);
    if (!previous || marker.value === 1 || marker.style === "一、") return;
    const message = problem(previous, marker);
    if (message) {
      findings.push({
        message,
        expected: markerLabel(marker.style, previous.value + 1),
        actual: marker.written,
        location: piece.locate(marker.start, marker.end),
      });
    }
  };

  for (const { block, index } of allParagraphs(parsed)) {
    if (titleBlocks.has(index)) continue;
    if (headings.has(index)) {
      lists.clear();
      continue;
    }
    const leading = leadingMarker(block.text);
    const markers = [...(leading && leading.style !== "一是" ? [leading] : []), ...runInMarkers(block.text)];
    if (!markers.length) continue;
    const piece = paragraphPiece(block, index);
    for (const marker of markers) follow(piece, marker);
  }
  return findings;
}

export const numberingSequence: Rule = {
  id: "typo/numbering-sequence",
  severity: "warning",
  title: "列举序号跳号或重复",
  description:
    "同一上级标题下连续出现的同一种序号（（一）（二）…、1. 2. …、（1）（2）…、一是 二是 …）组成一组列举，每遇新的上级标题重新计数；" +
    "全角、半角括号视为相同。组内跳号、重复或顺序颠倒时提示。",
  basis: `${GB_9704}结构层次序数（一、（一）1.（1））`,
  example: { wrong: "（一）组织领导 …… （二）主动公开 …… （四）政府信息管理", right: "（一）组织领导 …… （二）主动公开 …… （三）政府信息管理" },
  check({ parsed }) {
    return sequenceFindings(parsed);
  },
};
