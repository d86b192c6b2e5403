/** Affine matrices in PDF order [a, b, c, d, e, f] (x' = a·x + c·y + e, y' = b·x + d·y + f) and boxes. */
import type { Box } from "../../model/location";

export type Matrix = [number, number, number, number, number, number];

/** The matrix that applies `inner` first, then `outer`. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

export function applyMatrix([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

/** The box covering both corners of `box` after the matrix (exact for the quarter turns pages use). */
export function transformBox([a, b, c, d, e, f]: Matrix, [x0, y0, x1, y1]: Box): Box {
  // applyMatrix on both corners, without a pair for each (a PDF has a box for every text item).
  const ax = a * x0 + c * y0 + e;
  const ay = b * x0 + d * y0 + f;
  const bx = a * x1 + c * y1 + e;
  const by = b * x1 + d * y1 + f;
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

export function unionBox(boxes: Box[]): Box {
  const union: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x0, y0, x1, y1] of boxes) {
    if (x0 < union[0]) union[0] = x0;
    if (y0 < union[1]) union[1] = y0;
    if (x1 > union[2]) union[2] = x1;
    if (y1 > union[3]) union[3] = y1;
  }
  return union;
}

export function centre(box: Box): [number, number] {
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}

export function area([x0, y0, x1, y1]: Box): number {
  return (x1 - x0) * (y1 - y0);
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/** Boxes in the model carry two decimals: enough to draw, stable to compare. */
export function roundBox([x0, y0, x1, y1]: Box): Box {
  return [hundredths(x0), hundredths(y0), hundredths(x1), hundredths(y1)];
}

const hundredths = (value: number) => Math.round(value * 100) / 100;
