/**
 * One scanned page → the same PageContent the PDF text reader gives (text items and ruling lines in the
 * page's reading frame), so that tables and paragraphs are rebuilt by the same layout code.
 *
 * The image is straightened, its ruling lines found, and each table cell read on its own (digits only
 * where the cell's marks look like digits); the rest of the page, tables blanked out, is read line by line.
 */
import type { Box } from "../../model/location";
import { compose, transformBox, type Matrix } from "../pdf-layout/geometry";
import type { PageContent, PdfText, Segment } from "../pdf-layout/page";
import { findGrids } from "../pdf-layout/ruling";
import { mergeSlots } from "../pdf-layout/table";
import type { OcrEngine, OcrLine, ReadMode } from "./engine";
import { binarise, crop, enlarge, rotate, skewAngle, type GreyImage, type PixelBox } from "./image";
import { framedVerticals, horizontalLines, verticalLines } from "./lines";
import { looksLikeDigits } from "./marks";

/** Shortest horizontal rule, in points: longer than any stroke of body text. */
const MIN_HORIZONTAL_RULE = 30;
/** Shortest vertical rule, in points; it must also meet horizontal rules at both ends. */
const MIN_VERTICAL_RULE = 8;
/** Slants smaller than this (degrees) are left alone. */
const MIN_SKEW = 0.1;
/** Confidence under which a cell's reading is marked for checking against the original. */
export const LOW_CONFIDENCE = 80;
/** Confidence under which a digits reading is not taken at all: the cell is left unread. */
const UNREADABLE = 40;
/** Fewer ink pixels than this in a cell: it is empty. */
const MIN_INK = 6;
/** A digits cell read with low confidence is read again this many times larger. */
const RETRY_ENLARGEMENT = 2;
/** White added around a cut-out cell: the recogniser reads poorly up to the image's edge. */
const MARGIN = 10;

export interface ScannedPage {
  /** The page's image as pdf.js decoded it. */
  image: GreyImage;
  /** The image's placement: unit square → PDF user space (the transform in force where it is painted). */
  placement: Matrix;
}

export interface OcrPage {
  content: PageContent;
  /** Cells whose reading is uncertain (low confidence or unreadable), in PDF user space. */
  uncertain: Box[];
}

/** The page's frame: pixels of the straightened image scaled to points, y up. */
interface Frame {
  /** Points per pixel across and down. */
  kx: number;
  ky: number;
  height: number;
  /** Pixels per inch, for the recogniser. */
  dpi: number;
}

const toFrame = ({ kx, ky, height }: Frame, [x0, y0, x1, y1]: PixelBox): Box => [x0 * kx, (height - y1) * ky, x1 * kx, (height - y0) * ky];

function toPixels({ kx, ky, height }: Frame, [x0, y0, x1, y1]: Box, width: number): PixelBox {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));
  return [clamp(x0 / kx, width), clamp(height - y1 / ky, height), clamp(x1 / kx, width), clamp(height - y0 / ky, height)];
}

/** Frame → PDF user space: back to pixels, undo the straightening, into the image's unit square, placed. */
function frameToUser(frame: Frame, image: GreyImage, degrees: number, placement: Matrix): Matrix {
  const { width, height } = image;
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  const toPixel: Matrix = [1 / frame.kx, 0, 0, -1 / frame.ky, 0, height];
  const unturn: Matrix = [cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy];
  const toUnit: Matrix = [1 / width, 0, 0, -1 / height, 0, 1];
  return compose(placement, compose(toUnit, compose(unturn, toPixel)));
}

function ruling(ink: Uint8Array, image: GreyImage, frame: Frame): Segment[] {
  const { width, height } = image;
  const horizontals = horizontalLines(ink, width, height, MIN_HORIZONTAL_RULE / frame.kx);
  const verticals = framedVerticals(verticalLines(ink, width, height, MIN_VERTICAL_RULE / frame.ky), horizontals, 4);
  return [
    ...horizontals.map((h) => {
      const [x0, y, x1] = toFrame(frame, [h.from, h.at, h.to, h.at]);
      return { x0, x1, y0: y, y1: y };
    }),
    ...verticals.map((v) => {
      const [x, y0, , y1] = toFrame(frame, [v.at, v.from, v.at, v.to]);
      return { x0: x, x1: x, y0, y1 };
    }),
  ];
}

/** The ink's bounding box inside `box`, or null for an empty cell. */
function inkBox(ink: Uint8Array, width: number, [x0, y0, x1, y1]: PixelBox): PixelBox | null {
  let [left, top, right, bottom, count] = [x1, y1, x0, y0, 0];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!ink[y * width + x]) continue;
      count++;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x + 1), Math.max(bottom, y + 1)];
    }
  }
  return count >= MIN_INK ? [left, top, right, bottom] : null;
}

/** The cut-out, enlarged, with white margins, as the recogniser likes it. */
function prepared(image: GreyImage, box: PixelBox, factor: number): GreyImage {
  const inner = enlarge(crop(image, box), factor);
  const [width, height] = [inner.width + 2 * MARGIN, inner.height + 2 * MARGIN];
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < inner.height; y++) data.set(inner.data.subarray(y * inner.width, (y + 1) * inner.width), (y + MARGIN) * width + MARGIN);
  return { width, height, data };
}

/**
 * The marks with some of the paper around them, inside the cell: a lone thin digit cut out tight is not
 * read at all.
 */
function around([x0, y0, x1, y1]: PixelBox, [left, top, right, bottom]: PixelBox): PixelBox {
  const height = y1 - y0;
  return [
    Math.max(left, Math.round(x0 - 0.6 * height)),
    Math.max(top, Math.round(y0 - 0.3 * height)),
    Math.min(right, Math.round(x1 + 0.6 * height)),
    Math.min(bottom, Math.round(y1 + 0.3 * height)),
  ];
}

/** A recognised line as a text item of the frame, its box moved from the cut-out (enlarged `factor` times) back onto the page. */
function textItem(frame: Frame, line: OcrLine, [left, top]: [number, number], factor = 1): PdfText {
  const [x0, y0, x1, y1] = line.box.map((value) => value / factor);
  const box = toFrame(frame, [x0 + left, y0 + top, x1 + left, y1 + top]);
  const size = box[3] - box[1];
  return { text: line.text, box, baseline: box[1] + 0.2 * size, size };
}

interface CellReading {
  texts: PdfText[];
  uncertain: Box | null;
}

async function readCell(engine: OcrEngine, image: GreyImage, ink: Uint8Array, frame: Frame, cellBox: Box): Promise<CellReading> {
  // Inside the borders: a few pixels in from each rule.
  const inset = 3;
  const [x0, y0, x1, y1] = toPixels(frame, cellBox, image.width);
  const inside: PixelBox = [x0 + inset, y0 + inset, x1 - inset, y1 - inset];
  if (inside[2] <= inside[0] || inside[3] <= inside[1]) return { texts: [], uncertain: null };
  const marks = inkBox(ink, image.width, inside);
  if (!marks) return { texts: [], uncertain: null };
  const mode: ReadMode = looksLikeDigits(ink, image.width, marks) ? "digits" : "cell";
  const cut = around(marks, inside);
  let reading = await readAt(engine, image, cut, mode, frame.dpi, 1);
  // A digit the recogniser is unsure of (a lone "1" is a bare bar at 150 dpi) is read again, enlarged.
  if (mode === "digits" && reading.confidence < LOW_CONFIDENCE) {
    const enlarged = await readAt(engine, image, cut, mode, frame.dpi, RETRY_ENLARGEMENT);
    if (enlarged.confidence > reading.confidence) reading = enlarged;
  }
  const readable = mode === "digits" && reading.confidence < UNREADABLE ? [] : reading.lines;
  const origin: [number, number] = [cut[0] - MARGIN / reading.factor, cut[1] - MARGIN / reading.factor];
  const texts = readable.map((line) => textItem(frame, line, origin, reading.factor));
  return { texts, uncertain: readable.length === 0 || reading.confidence < LOW_CONFIDENCE ? cellBox : null };
}

interface Reading {
  lines: OcrLine[];
  /** The lowest confidence of its lines; -1 when nothing was read. */
  confidence: number;
  factor: number;
}

async function readAt(engine: OcrEngine, image: GreyImage, cut: PixelBox, mode: ReadMode, dpi: number, factor: number): Promise<Reading> {
  const lines = await engine.read(prepared(image, cut, factor), mode, dpi);
  const confidence = lines.length ? Math.min(...lines.map((line) => line.confidence)) : -1;
  return { lines, confidence, factor };
}

/** The image with the given boxes painted white. */
function blank(image: GreyImage, boxes: PixelBox[]): GreyImage {
  const data = image.data.slice();
  for (const [x0, y0, x1, y1] of boxes) {
    for (let y = y0; y < y1; y++) data.fill(255, y * image.width + x0, y * image.width + x1);
  }
  return { ...image, data };
}

export async function recognisePage({ image: scanned, placement }: ScannedPage, engine: OcrEngine): Promise<OcrPage> {
  const scannedInk = binarise(scanned);
  const degrees = skewAngle(scanned, scannedInk);
  const turned = Math.abs(degrees) >= MIN_SKEW;
  const image = turned ? rotate(scanned, degrees) : scanned;
  const frame: Frame = {
    kx: Math.hypot(placement[0], placement[1]) / image.width,
    ky: Math.hypot(placement[2], placement[3]) / image.height,
    height: image.height,
    dpi: 0,
  };
  frame.dpi = Math.round(72 / frame.ky);
  const ink = turned ? binarise(image) : scannedInk;
  const segments = ruling(ink, image, frame);
  const grids = findGrids(segments).filter((grid) => !grid.singleColumn);
  const cells = grids.flatMap((grid) => mergeSlots(grid).cells);
  const tableArea = grids.map((grid) => {
    const [x0, y0, x1, y1] = toPixels(frame, grid.box, image.width);
    return [Math.max(0, x0 - 4), Math.max(0, y0 - 4), Math.min(image.width, x1 + 4), Math.min(image.height, y1 + 4)] as PixelBox;
  });
  const [lines, readings] = await Promise.all([
    engine.read(blank(image, tableArea), "page", frame.dpi),
    Promise.all(cells.map((cell) => readCell(engine, image, ink, frame, cell.box))),
  ]);
  const toUser = frameToUser(frame, image, degrees, placement);
  return {
    content: {
      texts: [...readings.flatMap((reading) => reading.texts), ...lines.map((line) => textItem(frame, line, [0, 0]))],
      segments,
      hasImages: true,
      drawsText: true,
      toUser: (box) => transformBox(toUser, box),
    },
    uncertain: readings.flatMap((reading) => (reading.uncertain ? [transformBox(toUser, reading.uncertain)] : [])),
  };
}
