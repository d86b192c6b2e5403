/**
 * Numbers in Chinese prose: Arabic digits (half or full width, with thousands separators), Chinese
 * numerals (三十三, 一百零五, 两, 二〇二三), and quantities — a number with its measure word (件/项/条…),
 * where words such as 余/约/近/超过 turn the number into a range.
 */
import { halfwidthDigits } from "../../text/normalize";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Digits written one by one, as in years: 二〇二三 → 2023 (a zero marks the style; 三三 is no number). */
function positionalValue(text: string): number | null {
  let digits = "";
  for (const ch of text) {
    if (!(ch in DIGITS)) return null;
    digits += DIGITS[ch];
  }
  if (text.length > 1 && !/[〇零]/.test(text)) return null;
  return Number(digits);
}

/** Whether a numeral holds a unit (十百千万亿), which makes it a spoken numeral, not one written digit by digit. */
const ANY_UNIT = /[十百千万亿]/;

function hasUnit(text: string): boolean {
  return ANY_UNIT.test(text);
}

/**
 * The value of a Chinese numeral: 十 → 10, 三十三 → 33, 一百零五 → 105, 两千 → 2000, 三万五千 → 35000;
 * the spoken shorthand 一百五 → 150, 一千二 → 1200; digit by digit 二〇二三 → 2023. Null when it is not a
 * numeral.
 */
export function chineseNumberValue(text: string): number | null {
  if (!text) return null;
  if (!hasUnit(text)) return positionalValue(text);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let zeroSeen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 三三
      digit = DIGITS[ch];
      if (digit === 0) zeroSeen = true;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch];
      if (unit >= lastSmall) return null; // 十百, 百百
      section += (digit ?? 1) * unit;
      lastSmall = unit;
      digit = null;
      zeroSeen = false;
    } else if (ch in BIG_UNITS) {
      if (section === 0 && digit === null) return null;
      total += (section + (digit ?? 0)) * BIG_UNITS[ch];
      section = 0;
      digit = null;
      lastSmall = Infinity;
      zeroSeen = false;
    } else {
      return null;
    }
  }
  if (digit !== null) {
    // 一百五 is 150, 一百零五 is 105: a bare last digit counts in the unit below the last one written.
    const shorthand = !zeroSeen && lastSmall !== Infinity && lastSmall > 10;
    section += shorthand ? (digit * lastSmall) / 10 : digit;
  }
  return total + section;
}

/** An Arabic or Chinese number as written (full-width digits, thousands separators allowed). */
export function numberValue(text: string): number | null {
  const arabic = halfwidthDigits(text).replace(/[,，]/g, "");
  if (/^\d+(\.\d+)?$/.test(arabic)) return Number(arabic);
  return chineseNumberValue(text);
}

/** Measure words of counts (documents, applications, cases, items). */
export const COUNT_UNITS = ["件", "项", "条", "个", "起", "宗", "次", "份", "篇", "例"] as const;
/** Other measures a quantity may carry; never compared with a count. */
const OTHER_UNITS = ["人次", "元"] as const;
export type Unit = (typeof COUNT_UNITS)[number] | (typeof OTHER_UNITS)[number];

export interface Quantity {
  value: number;
  /** What the words around the number allow: [value, value] for an exact figure. */
  min: number;
  max: number;
  approximate: boolean;
  unit: Unit;
  /** Character range in the text read, the approximation words included. */
  start: number;
  end: number;
}

const ARABIC = String.raw`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?`;
const CHINESE = "[零〇一二两三四五六七八九十百千万亿]+";
const BEFORE = "约|大约|近|将近|接近|超过|逾|多于|不足|不到|少于";
const AFTER = "左右|以上|上下|以下";
const UNIT_PATTERN = [...OTHER_UNITS, ...COUNT_UNITS].join("|"); // 人次 before 次
const QUANTITY = new RegExp(
  `(${BEFORE})?(${ARABIC}|${CHINESE})(万|亿)?(余|多)?(${UNIT_PATTERN})(${AFTER})?`,
  "g",
);

/** A character of every measure word (人次 ends in 次): text without one holds no quantity, and is passed over at once. */
const MEASURE_WORD = new RegExp(`[${[...OTHER_UNITS, ...COUNT_UNITS].map((unit) => unit.at(-1)).join("")}]`);

/** 一 as part of a word (统一, 逐一, 之一…), not a count. */
const WORD_WITH_ONE = /^[统逐唯之同单划专任某每万第]$/;
/** 个 measuring time or a rate, not a count of things: 2个工作日, 3个月, 5个百分点. */
const DURATION_AFTER_GE = /^(工作日|自然日|月|小时|星期|季度|年|周|日|天|百分点)/;

/** The range a number stands for, given the words of approximation around it. */
function range(value: number, before: string | undefined, suffix: string | undefined, after: string | undefined): [number, number] {
  // 70余 is 70 to 80, 1000余 is 1000 to 2000: the next step of the number's last written digit.
  const step = 10 ** (/0*$/.exec(String(value))![0].length);
  if (suffix) return [value, value + step];
  if (before === "超过" || before === "逾" || before === "多于" || after === "以上") return [value, Infinity];
  if (before === "不足" || before === "不到" || before === "少于" || after === "以下") return [0, value];
  if (before === "近" || before === "将近" || before === "接近") return [Math.floor((value * 9) / 10), value];
  if (before || after) return [Math.floor((value * 9) / 10), Math.ceil((value * 11) / 10)]; // 约, 左右, 上下
  return [value, value];
}

/**
 * Every quantity in `text`: a number followed by a measure word. Ordinals (第五十条), 一 inside a
 * word (统一、逐一) and durations (2个工作日) are left out. 万/亿 after Arabic digits multiply (61.4万人次); money is in 元.
 */
export function readQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  if (!MEASURE_WORD.test(text)) return found;
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, before, digits, big, suffix, unit, after] = match;
    const numberStart = match.index + (before?.length ?? 0);
    const preceding = text[numberStart - 1] ?? "";
    if (preceding === "第" || /[0-9０-９.．]/.test(preceding)) continue;
    if (digits === "一" && WORD_WITH_ONE.test(preceding)) continue;
    if (unit === "个" && !after && DURATION_AFTER_GE.test(text.slice(match.index + whole.length))) continue;
    const written = numberValue(digits);
    if (written === null) continue;
    const value = written * (big ? BIG_UNITS[big] : 1);
    const [min, max] = range(value, before, suffix, after);
    found.push({
      value,
      min,
      max,
      approximate: min !== max,
      unit: unit as Unit,
      start: match.index,
      end: match.index + whole.length,
    });
  }
  return found;
}

export function isCount(quantity: Quantity): boolean {
  return (COUNT_UNITS as readonly string[]).includes(quantity.unit);
}

/** Whether a figure of the text agrees with a table value: exactly, or within the range an approximation allows. */
export function agrees(quantity: Pick<Quantity, "min" | "max">, value: number): boolean {
  return value >= quantity.min && value <= quantity.max;
}

/** A quantity as the report would say it, for messages: "33件", "70余条（70至80）". */
export function describeRange(quantity: Quantity): string {
  if (!quantity.approximate) return `${quantity.value}${quantity.unit}`;
  const upper = quantity.max === Infinity ? "以上" : `至${quantity.max}`;
  return `${quantity.min}${upper}${quantity.unit}`;
}
