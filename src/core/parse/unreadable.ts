/**
 * Statistic tables that are there but cannot be read: no table block holds them, yet a paragraph carries
 * their labels with the cells run together ("规章000行政规范性文件12064"), as when a report's lines were
 * joined. Which number belongs to which cell cannot be told, so the table is named as unreadable instead
 * of missing, and no value of it is guessed.
 */
import type { Block } from "../model/document";
import { templateLocation, type TableKey } from "../model/location";
import { compact } from "../text/normalize";
import type { UnreadableTable } from "./parsed";


/** Words only the table's own labels and headers hold; three of them in one paragraph are the table. */
const LABELS: Record<TableKey, string[]> = {
  t2: ["第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数", "行政规范性文件", "本年处理决定数量", "行政事业性收费"],
  t3: ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "予以公开", "属于国家秘密", "结转下年度继续办理"],
  t4: ["结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"],
};
const MIN_LABELS = 3;
/** How much of the run-together text the finding quotes. */
const QUOTE_LENGTH = 24;

/** Three figures or more run straight into the next label (not a year, a date or a count with its unit). */
const RUN_TOGETHER = /[0-9]{3,}(?=[\u4e00-\u9fff（(]|$)(?![年月日件条项个次万元人])/;

/** The run-together cells to quote, from a little before the figures. */
function quote(text: string, at: number): string {
  const start = Math.max(0, at - 6);
  return text.slice(start, start + QUOTE_LENGTH);
}

export function findUnreadableTables(blocks: Block[], found: Record<TableKey, number[]>): UnreadableTable[] {
  return (Object.keys(LABELS) as TableKey[]).flatMap((table) => {
    if (found[table].length) return [];
    for (const block of blocks) {
      if (block.type !== "paragraph") continue;
      const text = compact(block.text);
      const runTogether = RUN_TOGETHER.exec(text);
      if (!runTogether || LABELS[table].filter((label) => text.includes(label)).length < MIN_LABELS) continue;
      const location = templateLocation(block.location, { table });
      return [{ table, quote: quote(text, runTogether.index), location }];
    }
    return [];
  });
}
