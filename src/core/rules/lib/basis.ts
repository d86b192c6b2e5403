/**
 * What the rules rest on, named as rules.md names them: the regulation, the national format, the fee
 * measures and the typography standards; and what the findings that compare figures share.
 */
import type { FindingDraft } from "../rule";
import { describeRange, type Quantity } from "./figures";

export const FORMAT_2021 = "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》";
export const REGULATION = "《中华人民共和国政府信息公开条例》（国务院令第711号）";
export const NOTICE_2019 = "国办公开办函〔2019〕60号《关于政府信息公开工作年度报告有关事项的通知》";
export const FEE_MEASURES = "国办函〔2020〕109号《政府信息公开信息处理费管理办法》";

/** What the rules that compare a figure of the text with a table leave out, said once for their descriptions. */
export const NOT_COMPARED =
  "引号中的口号（“三个一”）、时长（“2个工作日”）和“等N件”所列举的几件不是总数，不比较；同一段中另有一个数与表格相符时，其余的数视为其中一部分或一类，不比较。";

/**
 * A figure the table contradicts. An approximate figure (“1000余条”) only disagrees when the value lies
 * outside its range, and then only as info (rules.md §E).
 */
export function figureFinding(quantity: Quantity, expected: number, draft: Omit<FindingDraft, "expected" | "actual">): FindingDraft {
  return {
    ...draft,
    expected,
    actual: quantity.value,
    ...(quantity.approximate && { severity: "info" as const }),
  };
}

/** “（按1000至2000条理解）” after the quote of an approximate figure, so the reader sees how it was read. */
export function rangeNote(quantity: Quantity): string {
  return quantity.approximate ? `（按${describeRange(quantity)}理解）` : "";
}

/** The standards the typography rules rest on, named in full once. */
export const GB_15834 = "GB/T 15834—2011《标点符号用法》";
export const GB_15835 = "GB/T 15835—2011《出版物上数字用法》";
export const GB_9704 = "GB/T 9704—2012《党政机关公文格式》";
