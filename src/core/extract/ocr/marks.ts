/**
 * Whether a cell's marks look like a number: digits are each one connected stroke, all about as tall as
 * the line and narrower than tall. Chinese characters break into pieces of different sizes (dots,
 * radicals) or are as wide as tall, so a cell of them is read as text.
 */
import type { PixelBox } from "./image";

/** A digit's width is at most this share of its height (Chinese characters are about square). */
const MAX_DIGIT_WIDTH = 0.85;
/** Every piece is at least this share of the tallest: no dots, no small strokes. */
const MIN_PIECE_HEIGHT = 0.7;

interface Piece {
  box: PixelBox;
}

/** The 8-connected pieces of ink inside `box`. */
function pieces(ink: Uint8Array, width: number, [x0, y0, x1, y1]: PixelBox): Piece[] {
  const seen = new Uint8Array((x1 - x0) * (y1 - y0));
  const found: Piece[] = [];
  const stack: number[] = [];
  const local = (x: number, y: number) => (y - y0) * (x1 - x0) + (x - x0);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!ink[y * width + x] || seen[local(x, y)]) continue;
      const box: PixelBox = [x, y, x + 1, y + 1];
      seen[local(x, y)] = 1;
      stack.push(x, y);
      while (stack.length) {
        const py = stack.pop()!;
        const px = stack.pop()!;
        box[0] = Math.min(box[0], px);
        box[1] = Math.min(box[1], py);
        box[2] = Math.max(box[2], px + 1);
        box[3] = Math.max(box[3], py + 1);
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const [nx, ny] = [px + dx, py + dy];
            if (nx < x0 || ny < y0 || nx >= x1 || ny >= y1 || seen[local(nx, ny)] || !ink[ny * width + nx]) continue;
            seen[local(nx, ny)] = 1;
            stack.push(nx, ny);
          }
        }
      }
      found.push({ box });
    }
  }
  return found;
}

export function looksLikeDigits(ink: Uint8Array, width: number, box: PixelBox): boolean {
  const found = pieces(ink, width, box);
  if (found.length === 0 || found.length > 12) return false;
  const heights = found.map(({ box: [, y0, , y1] }) => y1 - y0);
  const tallest = Math.max(...heights);
  return found.every(({ box: [x0, y0, x1, y1] }) => y1 - y0 >= MIN_PIECE_HEIGHT * tallest && x1 - x0 <= MAX_DIGIT_WIDTH * (y1 - y0));
}
