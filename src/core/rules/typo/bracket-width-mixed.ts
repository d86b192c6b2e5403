import type { Rule } from "../rule";
import { GB_15834 } from "../lib/basis";
import { BRACKET_OF_WIDTH, bracketsOf, chineseHalfPairs, type Width } from "../lib/brackets";
import type { ParsedReport } from "../../parse/parsed";
import { describeLocation } from "../../model/location";
import { allPieces, type TextPiece } from "../lib/pieces";

const QUOTED = 6;

interface Occurrence {
  piece: TextPiece;
  index: number;
}

/**
 * Positions of the brackets other rules report one by one: a pair half one width, half the other
 * (typo/bracket-pair-mismatch), and half-width pairs in a paragraph's Chinese (typo/halfwidth-punct-in-cjk).
 */
function reportedOneByOne(parsed: ParsedReport, piece: TextPiece): Set<number> {
  const mismatched = bracketsOf(piece).pairs.filter((pair) => pair.openWidth !== pair.closeWidth);
  const inProse = parsed.document.blocks[piece.blockIndex]?.type === "paragraph" ? chineseHalfPairs(piece) : [];
  return new Set([...mismatched, ...inProse].flatMap((pair) => [pair.open, pair.close]));
}

/** The first bracket of the width, leaving out those in `skip`. */
function firstOfWidth(pieces: TextPiece[], width: Width, skip: (piece: TextPiece) => Set<number> = () => new Set()): Occurrence | null {
  const bracket = new RegExp(BRACKET_OF_WIDTH[width].source, "g");
  for (const piece of pieces) {
    if (!BRACKET_OF_WIDTH[width].test(piece.text)) continue;
    const skipped = skip(piece);
    const match = [...piece.text.matchAll(bracket)].find((candidate) => !skipped.has(candidate.index));
    if (match) return { piece, index: match.index };
  }
  return null;
}

/** The bracket and what follows it on its line: “(以下简称《”（第4行）. */
function describe({ piece, index }: Occurrence): string {
  const place = describeLocation(piece.locate(index, index + 1));
  return `“${piece.text.slice(index).split("\n")[0].slice(0, QUOTED)}”${place && `（${place}）`}`;
}

export const bracketWidthMixed: Rule = {
  id: "typo/bracket-width-mixed",
  severity: "info",
  title: "全文括号全角半角混用",
  description:
    "按全文（正文和表格）统计，圆括号既有全角“（）”又有半角“()”。一份文档至多提示一次，列出两种写法各一处。已由“中文正文使用半角标点”或“括号一半全角一半半角”逐处提示的括号不算在内，同一个括号不提示两次。",
  basis: GB_15834,
  example: {
    wrong: "第4行“(以下简称《政府信息公开条例》)”，第10行“（一）加强组织领导”",
    right: "全文统一使用全角括号：“（以下简称《政府信息公开条例》）”“（一）加强组织领导”",
  },
  check({ parsed }) {
    const pieces = allPieces(parsed);
    // A half-width bracket already reported on its own is not reported again here: one finding per problem.
    const half = firstOfWidth(pieces, "half", (piece) => reportedOneByOne(parsed, piece));
    const full = firstOfWidth(pieces, "full");
    if (!half || !full) return [];
    return [
      {
        message: `文中括号全角、半角混用：半角如${describe(half)}，全角如${describe(full)}，建议统一使用全角括号。`,
        location: half.piece.locate(half.index, half.index + 1),
      },
    ];
  },
};
