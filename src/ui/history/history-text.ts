/** How the history pages put saved facts into words. */
import type { EntryRecord } from "../../storage";

/** A table figure of a diff: a number, 空 for a cell without a number, 无此项 for a cell not there. */
export function valueText(value: unknown): string {
  if (value === undefined) return "无此项";
  return value === null ? "空" : String(value);
}

/** "北京市东城区人民政府办公室 2023年" or the file's name when the report was not read. */
export function entryTitle(entry: EntryRecord): string {
  const year = entry.year === null ? "" : ` ${entry.year}年`;
  return entry.agency ? `${entry.agency}${year}` : entry.names[0];
}

