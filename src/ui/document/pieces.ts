/**
 * The extracted document cut into pieces that are each quick to draw: every table and paragraph is a
 * piece, and a paragraph longer than PIECE_CHARACTERS is cut into several (a text file without line
 * breaks is one paragraph of millions of characters).
 */
import type { Block } from "../../core/model/document";
import type { Location } from "../../core/model/location";
import { characterRange, pointsAtBlock } from "./locate";

export const PIECE_CHARACTERS = 2000;
/** Pieces drawn at a time. */
export const PIECES_PER_STEP = 200;

export interface Piece {
  block: Block;
  /** The characters of a paragraph the piece shows (the whole of a table: 0 and 0). */
  start: number;
  end: number;
}

export function toPieces(blocks: Block[]): Piece[] {
  const pieces: Piece[] = [];
  for (const block of blocks) {
    if (block.type !== "paragraph") {
      pieces.push({ block, start: 0, end: 0 });
      continue;
    }
    const length = block.text.length;
    for (let start = 0; start === 0 || start < length; start += PIECE_CHARACTERS) pieces.push({ block, start, end: Math.min(length, start + PIECE_CHARACTERS) });
  }
  return pieces;
}

/** The index of the piece that shows a finding at `location`, or -1. */
export function pieceOf(pieces: Piece[], location: Location): number {
  const first = pieces.findIndex((piece) => pointsAtBlock(piece.block, location));
  if (first < 0) return -1;
  const range = characterRange(pieces[first].block, location);
  if (!range) return first;
  let at = first;
  while (pieces[at + 1]?.block === pieces[first].block && pieces[at + 1].start <= range.start) at++;
  return at;
}
