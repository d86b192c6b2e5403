/**
 * Greyscale page images for character recognition: one byte a pixel, row by row from the top, 0 black.
 * Plain arrays, so the same code runs in Node, a Web Worker and the page.
 */

export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** pdf.js ImageKind: 1 bit a pixel (packed rows), RGB and RGBA bytes. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * A decoded PDF image as grey. Colour images keep only their red channel, so that a red seal stamped over
 * the text turns pale while black text stays black (the usual way to read through a seal).
 */
export function greyOf({ width, height, kind, data }: DecodedImage): GreyImage {
  const grey = new Uint8Array(width * height);
  if (kind === GRAYSCALE_1BPP) {
    const rowBytes = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) grey[y * width + x] = data[y * rowBytes + (x >> 3)] & (0x80 >> (x & 7)) ? 255 : 0;
    }
  } else if (kind === RGB_24BPP || kind === RGBA_32BPP) {
    const step = kind === RGB_24BPP ? 3 : 4;
    for (let i = 0; i < grey.length; i++) grey[i] = data[i * step];
  } else {
    throw new Error(`unknown image kind ${kind}`);
  }
  return { width, height, data: grey };
}

/** Otsu's threshold: the grey level that best splits ink from paper. */
export function inkThreshold(image: GreyImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of image.data) histogram[value]++;
  const total = image.data.length;
  let sum = 0;
  for (let level = 0; level < 256; level++) sum += level * histogram[level];
  let [below, belowSum, best, threshold] = [0, 0, -1, 128];
  for (let level = 0; level < 256; level++) {
    below += histogram[level];
    if (below === 0 || below === total) continue;
    belowSum += level * histogram[level];
    const [meanBelow, meanAbove] = [belowSum / below, (sum - belowSum) / (total - below)];
    const between = below * (total - below) * (meanBelow - meanAbove) ** 2;
    if (between > best) [best, threshold] = [between, level];
  }
  return threshold;
}

/** 1 where the pixel is ink. */
export function binarise(image: GreyImage, threshold = inkThreshold(image)): Uint8Array {
  const ink = new Uint8Array(image.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = image.data[i] <= threshold ? 1 : 0;
  return ink;
}

/** Points: x from the image's middle, y from its top. */
interface InkTops {
  xs: Float64Array;
  ys: Float64Array;
}

/** The tops of ink (an ink pixel under paper), every other column: the points whose rows show the slant. */
function inkTops(ink: Uint8Array, width: number, height: number): InkTops {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 1; y < height; y++) {
    for (let x = 0; x < width; x += 2) {
      const at = y * width + x;
      if (ink[at] && !ink[at - width]) xs.push(x - width / 2), ys.push(y);
    }
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
}

/**
 * Squared row counts of the tops of ink for a small slant: largest when the text lines and rules lie
 * flat, since their top edges then fall on few rows.
 */
function flatness({ xs, ys }: InkTops, height: number, slope: number, rows: Float64Array): number {
  rows.fill(0);
  for (let i = 0; i < xs.length; i++) {
    const row = Math.round(ys[i] - slope * xs[i]);
    if (row >= 0 && row < height) rows[row]++;
  }
  let score = 0;
  for (const count of rows) score += count * count;
  return score;
}

/** Slants tried, in degrees, when looking for the skew of a scanned page. */
const MAX_SKEW = 2;
const SKEW_STEP = 0.05;

/**
 * The turn (degrees) that `rotate` takes to straighten the page's lines; 0 for a straight page. Found as
 * the slant under which the tops of the ink fall on the fewest rows.
 */
export function skewAngle(image: GreyImage, ink = binarise(image)): number {
  const tops = inkTops(ink, image.width, image.height);
  const rows = new Float64Array(image.height);
  let [best, angle] = [-1, 0];
  // From straight outwards, so that of slants that score alike the smallest wins.
  for (let step = 0; step <= MAX_SKEW / SKEW_STEP; step++) {
    for (const degrees of step === 0 ? [0] : [-step * SKEW_STEP, step * SKEW_STEP]) {
      const score = flatness(tops, image.height, Math.tan((degrees * Math.PI) / 180), rows);
      if (score > best) [best, angle] = [score, degrees];
    }
  }
  return Math.round(angle * 100) / 100;
}

/** The image turned by `degrees` about its centre (see `skewAngle`), same size, bilinear, paper-white outside. */
export function rotate(image: GreyImage, degrees: number): GreyImage {
  const { width, height, data } = image;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const out = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The source pixel: the output point turned back.
      const [dx, dy] = [x - cx, y - cy];
      const sx = cx + cos * dx - sin * dy;
      const sy = cy + sin * dx + cos * dy;
      const [x0, y0] = [Math.floor(sx), Math.floor(sy)];
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const [fx, fy] = [sx - x0, sy - y0];
      const at = y0 * width + x0;
      const top = data[at] * (1 - fx) + data[at + 1] * fx;
      const bottom = data[at + width] * (1 - fx) + data[at + width + 1] * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}

/** Pixel rectangle [x0, y0, x1, y1), top-left origin. */
export type PixelBox = [number, number, number, number];

export function crop(image: GreyImage, [x0, y0, x1, y1]: PixelBox): GreyImage {
  const [width, height] = [x1 - x0, y1 - y0];
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(image.data.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x1), y * width);
  return { width, height, data };
}

/** A binary PGM (P5) file of the image: read by the recogniser without any image library. */
export function pgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.data.length);
  file.set(header);
  file.set(image.data, header.length);
  return file;
}

/** The image enlarged `factor` times, bilinear. */
export function enlarge(image: GreyImage, factor: number): GreyImage {
  const [width, height] = [Math.round(image.width * factor), Math.round(image.height * factor)];
  const data = new Uint8Array(width * height);
  const source = image.data;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, y / factor);
    const y0 = Math.min(image.height - 2, Math.floor(sy));
    const fy = Math.max(0, sy - y0);
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, x / factor);
      const x0 = Math.min(image.width - 2, Math.floor(sx));
      const fx = Math.max(0, sx - x0);
      const at = y0 * image.width + x0;
      const top = source[at] * (1 - fx) + source[at + 1] * fx;
      const bottom = source[at + image.width] * (1 - fx) + source[at + image.width + 1] * fx;
      data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data };
}
