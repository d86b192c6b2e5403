import type { FindingDraft, Rule } from "../rule";
import { GB_9704 } from "../lib/basis";
import { leadingMarker, type NumberingStyle } from "../lib/numbering";
import { paragraphPieces, type TextPiece } from "../lib/pieces";
import { groupBy } from "../lib/repeats";

/** A numbered heading standing on its own: short, and no sentence ends inside it (a trailing 。 aside). */
const MAX_HEADING = 30;
const STOP_AT_END = /[。．.]$/;
const SENTENCE_END = /[。！？!?；;]/;

interface Heading {
  piece: TextPiece;
  /** The heading's text, trailing spaces removed. */
  text: string;
  stop: boolean;
}

function headingOf(piece: TextPiece): { style: NumberingStyle; heading: Heading } | null {
  const marker = leadingMarker(piece.text);
  if (!marker || marker.style === "一是") return null;
  const text = piece.text.trimEnd();
  const body = text.slice(marker.end).trim().replace(STOP_AT_END, "");
  if (body === "" || body.length > MAX_HEADING || SENTENCE_END.test(body)) return null;
  return { style: marker.style, heading: { piece, text, stop: STOP_AT_END.test(text) } };
}

function outliers(headings: Heading[]): FindingDraft[] {
  const [withStop, without] = [headings.filter((h) => h.stop), headings.filter((h) => !h.stop)];
  if (withStop.length === 0 || without.length === 0) return [];
  const odd = withStop.length <= without.length ? withStop : without;
  const example = (odd === withStop ? without : withStop)[0].text.trim();
  return odd.map(({ piece, text, stop }) => {
    const end = text.length;
    return {
      message: `小标题“${text.trim()}”末尾${stop ? "有" : "没有"}句号，与其他同级小标题（如“${example}”）不一致。`,
      location: piece.locate(end - 1, end),
    };
  });
}

export const headingPunct: Rule = {
  id: "typo/heading-punct",
  severity: "info",
  title: "同级小标题句号不一致",
  description:
    "同一层级的小标题（“一、”“（一）”“1.”“（1）”开头、独占一段的短标题），有的末尾带句号、有的不带。按全文统计，提示占少数的一方（各半时提示带句号的）。",
  basis: `排版一致性；${GB_9704}层次标题惯例`,
  example: { wrong: "（一）组织领导\n（二）主动公开。\n（三）依申请公开", right: "（一）组织领导\n（二）主动公开\n（三）依申请公开" },
  check({ parsed }) {
    const found = paragraphPieces(parsed).flatMap((piece) => headingOf(piece) ?? []);
    return groupBy(found, ({ style }) => style).flatMap((group) => outliers(group.map(({ heading }) => heading)));
  },
};
