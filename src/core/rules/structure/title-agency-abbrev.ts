import type { Block } from "../../model/document";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

/** How many characters a full name may have beyond the short one ("市机关事务局" → "市机关事务管理局"). */
const MAX_INSERTED = 6;
/** How far back a place name before the match is looked for ("北京" before "市机关事务管理局"). */
const MAX_PLACE_PREFIX = 8;
/** Endings a short name cuts off: "区政府办" stands for "…办公室". */
const SUFFIX_COMPLETIONS: Record<string, string> = { 办: "公室", 委: "员会" };

const CJK = /^[\u4e00-\u9fff]+$/;
const CJK_RUN_AT_END = /[\u4e00-\u9fff]*$/;

/** The shortest stretch of `text` from `start` that holds `short`'s characters in order, or null. */
function windowFrom(text: string, start: number, short: string): string | null {
  let at = start;
  for (const char of short) {
    at = text.indexOf(char, at);
    if (at < 0 || at - start >= short.length + MAX_INSERTED) return null;
    at++;
  }
  return text.slice(start, at);
}

interface Occurrence {
  name: string;
  /** The Chinese characters just before it (up to a punctuation mark), where a place name may stand. */
  before: string;
}

function completeSuffix(name: string, after: string): string {
  const completion = SUFFIX_COMPLETIONS[name.at(-1) ?? ""];
  return completion && after.startsWith(completion) ? name + completion : name;
}

function longerNames(text: string, short: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (let start = text.indexOf(short[0]); start >= 0; start = text.indexOf(short[0], start + 1)) {
    const span = windowFrom(text, start, short);
    if (!span || span.length === short.length || !CJK.test(span)) continue;
    const name = completeSuffix(span, text.slice(start + span.length));
    found.push({ name, before: text.slice(Math.max(0, start - MAX_PLACE_PREFIX), start).match(CJK_RUN_AT_END)![0] });
  }
  return found;
}

function commonSuffix(texts: string[]): string {
  let suffix = texts[0];
  for (const text of texts) while (!text.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/**
 * The longer name the body uses most. A place name before it ("北京") is added when every occurrence has
 * it, which takes at least two occurrences to tell from the words that happen to precede a single one.
 */
function fullName(blocks: Block[], short: string): string | null {
  const occurrences = blocks.flatMap((block) => (block.type === "paragraph" ? longerNames(block.text, short) : []));
  if (occurrences.length === 0) return null;
  const count = (name: string) => occurrences.filter((occurrence) => occurrence.name === name).length;
  const { name } = occurrences.reduce((best, occurrence) => (count(occurrence.name) > count(best.name) ? occurrence : best));
  const same = occurrences.filter((occurrence) => occurrence.name === name);
  const place = same.length >= 2 ? commonSuffix(same.map((occurrence) => occurrence.before)) : "";
  return place + name;
}

export const titleAgencyAbbrev: Rule = {
  id: "structure/title-agency-abbrev",
  severity: "info",
  title: "标题机关名疑为简称",
  description:
    "标题中的机关名是正文中某个更长机关名的简称：其字符按顺序出现在正文的机关名中（如“市机关事务局”之于“北京市机关事务管理局”，“区政府办”之于“区人民政府办公室”）。",
  basis: `${FORMAT_2021}（以行政机关名义发布）；公文规范惯例`,
  example: {
    wrong: "市机关事务局2023年政府信息公开工作年度报告（正文使用“北京市机关事务管理局”）",
    right: "北京市机关事务管理局2023年政府信息公开工作年度报告",
  },
  appliesToVersion: () => true,
  check({ parsed }) {
    const { title, report, document } = parsed;
    if (!title || !report.agency) return [];
    const skipped = new Set([...title.blocks, ...parsed.pageLines]);
    const body = document.blocks.filter((_, index) => !skipped.has(index));
    const full = fullName(body, report.agency);
    if (!full) return [];
    return [
      {
        message: `标题机关名“${report.agency}”疑为简称，正文使用“${full}”，建议标题使用全称。`,
        expected: full,
        actual: report.agency,
        location: title.location,
      },
    ];
  },
};
