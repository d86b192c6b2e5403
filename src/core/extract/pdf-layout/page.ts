/**
 * One PDF page as the layout code sees it: upright text items and straight ruling lines, in the page's
 * reading frame (user space turned so that its text reads left to right; for most pages user space
 * itself). `toUser` maps boxes back to PDF user space for locations.
 */
import type { OPS, PDFPageProxy } from "pdfjs-dist";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import type { Box } from "../../model/location";
import { normalizeText } from "../normalize-text";
import { applyMatrix, compose, invert, transformBox, type Matrix } from "./geometry";

export interface PdfText {
  text: string;
  /** Box in the reading frame. */
  box: Box;
  baseline: number;
  size: number;
}

/** A horizontal (y0 = y1) or vertical (x0 = x1) line in the reading frame. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a page's text content gives: upright text items in the reading frame. */
export interface PageText {
  texts: PdfText[];
  /** The turn that makes the page's text read left to right (user space → reading frame). */
  frame: Matrix;
  /** Reading frame → PDF user space. */
  toUser: (box: Box) => Box;
}

/** What a page's drawing operators give: ruling lines, and whether it paints images or text at all. */
export interface PageDrawing {
  segments: Segment[];
  hasImages: boolean;
  /** Whether the page draws any text, readable or not. */
  drawsText: boolean;
}

export type PageContent = Omit<PageText, "frame"> & PageDrawing;

/** A page read for its text only: no ruling lines (the page holds no table), images and drawn text unknown. */
export const NO_DRAWING: PageDrawing = { segments: [], hasImages: false, drawsText: false };

type PdfOps = typeof OPS;

// pdf.js DrawOPS: the codes inside a constructPath buffer.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** Filled shapes thinner than this are ruling lines; wider fills are shading. */
const MAX_RULE_THICKNESS = 3;
const STRAIGHT = 0.5;

export async function readText(page: PDFPageProxy): Promise<PageText> {
  const content = await page.getTextContent();
  const items = content.items.filter((item): item is TextItem => "str" in item && item.str.trim() !== "");
  const frame = readingFrame(items);
  const toUser = invert(frame);
  const texts: PdfText[] = [];
  for (const item of items) {
    const text = textItem(item, frame);
    if (text) texts.push(text);
  }
  return { texts, frame, toUser: (box) => transformBox(toUser, box) };
}

export async function readDrawing(page: PDFPageProxy, ops: PdfOps, frame: Matrix): Promise<PageDrawing> {
  const operators = await page.getOperatorList();
  return readOperators(operators.fnArray, operators.argsArray, ops, frame);
}

/** Quarter turns that make text running right, up, left or down read left to right. */
const TURNS: Matrix[] = [[1, 0, 0, 1, 0, 0], [0, -1, 1, 0, 0, 0], [-1, 0, 0, -1, 0, 0], [0, 1, -1, 0, 0, 0]];

/**
 * The turn under which most of the page's characters stand upright. A landscape page is written either
 * upright on a wide page or turned on a tall one (shown with /Rotate); both read the same way here.
 */
function readingFrame(items: TextItem[]): Matrix {
  const characters = [0, 0, 0, 0];
  for (const { transform: [a, b], str } of items) {
    const turn = Math.abs(a) >= Math.abs(b) ? (a > 0 ? 0 : 2) : b > 0 ? 1 : 3;
    characters[turn] += str.length;
  }
  return TURNS[characters.indexOf(Math.max(...characters))];
}

/**
 * An upright text item (slanted italics included), or nothing for text at an angle and for vertical
 * writing (pdf.js loses characters of it).
 */
function textItem(item: TextItem, frame: Matrix): PdfText | null {
  const [a, b, , d, x, baseline] = compose(frame, item.transform as Matrix);
  const upright = a > 0 && d > 0 && Math.abs(b) < 1e-3 * a;
  if (!upright) return null;
  const size = d;
  if (item.str.length > 1 && item.height > 1.5 * size && item.height > 1.5 * item.width) return null;
  const box: Box = [x, baseline - 0.2 * size, x + item.width, baseline + 0.8 * size];
  return { text: normalizeText(item.str), box, baseline, size };
}

function readOperators(fnArray: number[], argsArray: unknown[], ops: PdfOps, frame: Matrix) {
  const imageOps = new Set([
    ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat,
    ops.paintImageMaskXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObjectGroup,
  ]);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const textOps = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const stack: Matrix[] = [];
  let ctm = frame;
  const segments: Segment[] = [];
  let hasImages = false;
  let drawsText = false;
  // A loop, not forEach: a callback is a new closure per call, whose optimised code V8 drops at each full
  // garbage collection once the call is over, and compiles again for the next page (README, V8).
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? frame;
    else if (fn === ops.transform) ctm = compose(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = compose(ctm, args[0] as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? frame;
    else if (imageOps.has(fn)) hasImages = true;
    else if (textOps.has(fn)) drawsText = true;
    else if (fn === ops.constructPath) {
      const [paint, [buffer]] = args as [number, [ArrayLike<number> | null]];
      if (!buffer) continue;
      const pieces = strokes.has(paint) ? strokedSegments(buffer, ctm) : fills.has(paint) ? thinFills(buffer, ctm) : [];
      for (const piece of pieces) segments.push(piece);
    }
  }
  return { segments, hasImages, drawsText };
}

/** Straight pieces of a path, transformed, one list per sub-path; curves end a piece. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const paths: [number, number][][] = [];
  let current: [number, number][] = [];
  let start: [number, number] | null = null;
  for (let k = 0; k < buffer.length; ) {
    const code = buffer[k++];
    if (code === MOVE_TO || code === LINE_TO) {
      const point = applyMatrix(ctm, buffer[k], buffer[k + 1]);
      k += 2;
      if (code === MOVE_TO) {
        if (current.length) paths.push(current);
        current = [point];
        start = point;
      } else current.push(point);
    } else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) {
      k += code === CURVE_TO ? 6 : 4;
      if (current.length) paths.push(current);
      current = [];
    } else if (code === CLOSE_PATH && start && current.length) {
      current.push(start);
    }
  }
  if (current.length) paths.push(current);
  return paths;
}

function asSegment([x0, y0]: [number, number], [x1, y1]: [number, number]): Segment | null {
  const horizontal = Math.abs(y1 - y0) <= STRAIGHT && Math.abs(x1 - x0) > STRAIGHT;
  const vertical = Math.abs(x1 - x0) <= STRAIGHT && Math.abs(y1 - y0) > STRAIGHT;
  if (horizontal) return { x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  if (vertical) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) };
  return null;
}

function strokedSegments(buffer: ArrayLike<number>, ctm: Matrix): Segment[] {
  const segments: Segment[] = [];
  for (const points of subpaths(buffer, ctm)) {
    for (let i = 1; i < points.length; i++) {
      const segment = asSegment(points[i - 1], points[i]);
      if (segment) segments.push(segment);
    }
  }
  return segments;
}

/** Filled rectangles thin enough to be a rule (how some writers draw borders), as their centre line. */
function thinFills(buffer: ArrayLike<number>, ctm: Matrix): Segment[] {
  const segments: Segment[] = [];
  for (const points of subpaths(buffer, ctm)) {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [width, height] = [x1 - x0, y1 - y0];
    if (height <= MAX_RULE_THICKNESS && width > MAX_RULE_THICKNESS) segments.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    else if (width <= MAX_RULE_THICKNESS && height > MAX_RULE_THICKNESS) segments.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
  }
  return segments;
}
