import type { FindingDraft, Rule } from "../rule";
import { GB_15834 } from "../lib/basis";
import { bracketsOf } from "../lib/brackets";
import { allPieces, quoteAround, shorten, type TextPiece } from "../lib/pieces";

/** A piece's mixed pairs. A module-level function, not an inline callback: V8 would compile that again after each full collection (README, "V8"). */
function pieceFindings(piece: TextPiece): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const pair of bracketsOf(piece).pairs) {
    if (pair.openWidth === pair.closeWidth) continue;
    const inner = shorten(piece.text.slice(pair.open + 1, pair.close));
    findings.push({
      message: `“${shorten(quoteAround(piece.text, pair.open, pair.close + 1), 30)}”括号全半角不一致，应写作“（${inner}）”。`,
      actual: piece.text.slice(pair.open, pair.close + 1),
      expected: `（${piece.text.slice(pair.open + 1, pair.close)}）`,
      location: piece.locate(pair.open, pair.close + 1),
    });
  }
  return findings;
}

export const bracketPairMismatch: Rule = {
  id: "typo/bracket-pair-mismatch",
  severity: "warning",
  title: "括号一半全角一半半角",
  description: "同一对圆括号一半是全角、一半是半角，如“(六）”“（以下简称《条例》)”。正文和表格都检查。",
  basis: GB_15834,
  example: { wrong: "(六）教育培训", right: "（六）教育培训" },
  check({ parsed }) {
    return allPieces(parsed).flatMap(pieceFindings);
  },
};
