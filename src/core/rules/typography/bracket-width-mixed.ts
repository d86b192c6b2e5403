import type { Rule } from "../rule";
import { GB_15834 } from "./basis";
import { BRACKET_OF_WIDTH, type Width } from "./brackets";
import { allPieces, placeOf, type TextPiece } from "./pieces";

const QUOTED = 6;

interface Occurrence {
  piece: TextPiece;
  index: number;
}

function firstOfWidth(pieces: TextPiece[], width: Width): Occurrence | null {
  for (const piece of pieces) {
    const index = piece.text.search(BRACKET_OF_WIDTH[width]);
    if (index >= 0) return { piece, index };
  }
  return null;
}

/** The bracket and what follows it on its line: “(以下简称《”（第4行）. */
function describe({ piece, index }: Occurrence): string {
  const place = placeOf(piece.locate(index, index + 1));
  return `“${piece.text.slice(index).split("\n")[0].slice(0, QUOTED)}”${place && `（${place}）`}`;
}

export const bracketWidthMixed: Rule = {
  id: "typo/bracket-width-mixed",
  severity: "info",
  title: "全文括号全角半角混用",
  description: "按全文（正文和表格）统计，圆括号既有全角“（）”又有半角“()”。一份文档至多提示一次，列出两种写法各一处。",
  basis: GB_15834,
  example: {
    wrong: "第4行“(以下简称《政府信息公开条例》)”，第10行“（一）加强组织领导”",
    right: "全文统一使用全角括号：“（以下简称《政府信息公开条例》）”“（一）加强组织领导”",
  },
  check({ parsed }) {
    const pieces = allPieces(parsed);
    const half = firstOfWidth(pieces, "half");
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
