import { halfwidthDigits } from "../../text/normalize";
import { TABLE_KEYS } from "../../model/location";
import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { cellName, valueCells } from "../lib/cells";
import { GB_15835 } from "../lib/basis";
import { paragraphPieces, quoteAround } from "../lib/pieces";

const FULLWIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;
/** One full-width digit: text without one (most) is passed over without the search above. */
const FULLWIDTH_DIGIT = /[０-９]/;
const FULLWIDTH_SPACE = "\u3000";

function paragraphFindings(parsed: ParsedReport): FindingDraft[] {
  return paragraphPieces(parsed).filter((piece) => FULLWIDTH_DIGIT.test(piece.text)).flatMap((piece) =>
    [...piece.text.matchAll(FULLWIDTH_DIGITS)].map((match) => {
      const start = match.index;
      const end = start + match[0].length;
      const right = halfwidthDigits(match[0]).replace("．", ".");
      return {
        message: `“${quoteAround(piece.text, start, end, 2)}”使用了全角数字，应写作“${quoteAround(piece.text, start, end, 2, right)}”。`,
        expected: right,
        actual: match[0],
        location: piece.locate(start, end),
      };
    }),
  );
}

/** Value cells read as a number although written with full-width digits or spaces. */
function cellFindings(parsed: ParsedReport): FindingDraft[] {
  const cells = TABLE_KEYS.flatMap((key) => (parsed.tables[key] ? valueCells(parsed.tables[key], key) : []));
  return cells.flatMap(({ cell, ref }) => {
    const faults = [cell.raw.includes(FULLWIDTH_SPACE) && "全角空格", /[０-９]/.test(cell.raw) && "全角数字"].filter(Boolean);
    if (cell.value === null || faults.length === 0) return [];
    return [
      {
        message: `${cellName(ref)}填写为“${cell.raw}”，含${faults.join("和")}，已按${cell.value}读取，应写作“${cell.value}”。`,
        expected: String(cell.value),
        actual: cell.raw,
        location: cell.location,
      },
    ];
  });
}

export const fullwidthDigit: Rule = {
  id: "typo/fullwidth-digit",
  severity: "info",
  title: "全角数字或全角空格",
  description:
    "正文中的阿拉伯数字写成全角（“２０２３”），或表格数值单元格含全角数字、全角空格（U+3000）。这样的单元格已按其中的数字读取，仍建议改正，以免其他系统读错。",
  basis: `${GB_15835}；统计数据填报规范`,
  example: { wrong: "表三单元格填写为“　0”（前有全角空格）；正文“２０２３年”", right: "单元格填写“0”；正文“2023年”" },
  check({ parsed }) {
    return [...paragraphFindings(parsed), ...cellFindings(parsed)];
  },
};
