/**
 * Ruling lines found in a binarised page image: long runs of ink along a row (horizontal) or a column
 * (vertical), the rows or columns of one thick line merged into one. Positions in pixels.
 */

export interface PixelLine {
  /** The row (horizontal) or column (vertical) the line runs along: the middle of its thickness. */
  at: number;
  from: number;
  to: number;
}

/** Gaps in a line up to this many pixels are a faded or broken rule, not its end. */
const MAX_GAP = 3;
/** Rows (or columns) this close with overlapping runs are one line's thickness. */
const THICKNESS_GAP = 2;

interface Run {
  at: number;
  from: number;
  to: number;
}

function runsAlong(ink: Uint8Array, count: number, length: number, pixel: (at: number, along: number) => number, minLength: number): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < count; at++) {
    let start = -1;
    let last = -1;
    for (let along = 0; along <= length; along++) {
      const dark = along < length && ink[pixel(at, along)] === 1;
      if (dark) {
        if (start < 0 || along - last > MAX_GAP + 1) {
          if (start >= 0 && last - start + 1 >= minLength) runs.push({ at, from: start, to: last });
          start = along;
        }
        last = along;
      }
    }
    if (start >= 0 && last - start + 1 >= minLength) runs.push({ at, from: start, to: last });
  }
  return runs;
}

/** Runs on neighbouring rows that overlap are one line, at their mean row. */
function mergeThickness(runs: Run[]): PixelLine[] {
  const groups: { runs: Run[]; last: number; from: number; to: number }[] = [];
  for (const run of runs) {
    const group = groups.find((g) => run.at - g.last <= THICKNESS_GAP && run.from <= g.to && run.to >= g.from);
    if (group) {
      group.runs.push(run);
      group.last = run.at;
      group.from = Math.min(group.from, run.from);
      group.to = Math.max(group.to, run.to);
    } else groups.push({ runs: [run], last: run.at, from: run.from, to: run.to });
  }
  return groups.map((g) => ({ at: g.runs.reduce((sum, run) => sum + run.at, 0) / g.runs.length, from: g.from, to: g.to }));
}

export function horizontalLines(ink: Uint8Array, width: number, height: number, minLength: number): PixelLine[] {
  return mergeThickness(runsAlong(ink, height, width, (y, x) => y * width + x, minLength));
}

export function verticalLines(ink: Uint8Array, width: number, height: number, minLength: number): PixelLine[] {
  return mergeThickness(runsAlong(ink, width, height, (x, y) => y * width + x, minLength));
}

/**
 * Vertical lines that meet a horizontal line at both ends: table borders. A character's stroke inside a
 * cell meets neither border, so it is not taken for a rule.
 */
export function framedVerticals(verticals: PixelLine[], horizontals: PixelLine[], tolerance: number): PixelLine[] {
  const meets = (v: PixelLine, y: number) => horizontals.some((h) => Math.abs(h.at - y) <= tolerance && v.at >= h.from - tolerance && v.at <= h.to + tolerance);
  return verticals.filter((v) => meets(v, v.from) && meets(v, v.to));
}
