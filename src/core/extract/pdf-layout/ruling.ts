/**
 * Ruling lines → table grids. Lines that touch form one table; its distinct x and y positions cut it
 * into slots, and the lines say which neighbouring slots a border separates (see table.ts).
 */
import type { Box } from "../../model/location";
import type { Segment } from "./page";

/** A ruling line: at y from x to x (horizontal), or at x from y to y (vertical). */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Grid {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  horizontal: Rule[];
  vertical: Rule[];
  box: Box;
  /** No line inside: a framed box (a table's title row cut off by a page break, or a framed paragraph). */
  singleColumn: boolean;
}

/** Lines this close count as one position; ends this close touch. */
export const RULE_TOLERANCE = 2;

// The helpers below are module-level functions and loops, not callbacks written inline: an inline callback
// is a new closure at each call, and V8 drops a closure's optimised code at each full garbage collection
// once no closure of it is alive, then compiles it again for the next page (README, "V8").
const byAt = (a: Rule, b: Rule) => a.at - b.at;
const byFrom = (a: Rule, b: Rule) => a.from - b.from;
const ascending = (a: number, b: number) => a - b;
const ruleAt = (rule: Rule) => rule.at;
const itself = (value: number) => value;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Items sorted by `value`, split wherever two neighbours are more than `gap` apart. */
function chains<T>(sorted: T[], value: (item: T) => number, gap: number): T[][] {
  const groups: T[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && value(item) - value(last[last.length - 1]) <= gap) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Collinear pieces (each cell's border drawn on its own) joined into whole lines. */
function joinCollinear(rules: Rule[]): Rule[] {
  const joined: Rule[] = [];
  for (const collinear of chains(rules.slice().sort(byAt), ruleAt, 1)) {
    let open: Rule | null = null;
    for (const rule of collinear.sort(byFrom)) {
      if (open && rule.from <= open.to + RULE_TOLERANCE) open.to = Math.max(open.to, rule.to);
      else joined.push((open = { ...rule }));
    }
  }
  return joined;
}

/** Whether a rule passes `position` along its length, within the tolerance. */
export function spans(rule: Rule, position: number, tolerance = RULE_TOLERANCE): boolean {
  return position >= rule.from - tolerance && position <= rule.to + tolerance;
}

/** Positions within the tolerance of each other, as their mean, ascending. */
function clusterPositions(values: number[]): number[] {
  return chains(values.slice().sort(ascending), itself, RULE_TOLERANCE).map(mean);
}

function toGrid(horizontal: Rule[], vertical: Rule[]): Grid | null {
  // The outer ends count as boundaries even where a table has no outer border.
  const xs = clusterPositions([...vertical.map((v) => v.at), ...horizontal.flatMap((h) => [h.from, h.to])]);
  const ys = clusterPositions([...horizontal.map((h) => h.at), ...vertical.flatMap((v) => [v.from, v.to])]).reverse();
  // One row is enough (the last row of a table that runs on to the next page); an underline is not a table.
  const inner = vertical.some((v) => v.at > xs[0] + RULE_TOLERANCE && v.at < xs[xs.length - 1] - RULE_TOLERANCE);
  if (ys.length < 2 || horizontal.length < 2 || (!inner && vertical.length < 2)) return null;
  return { xs, ys, horizontal, vertical, box: [xs[0], ys[ys.length - 1], xs[xs.length - 1], ys[0]], singleColumn: !inner };
}

/** The root of node `i` in a union-find forest, shortening the path on the way. */
export function rootOf(parent: number[], i: number): number {
  return parent[i] === i ? i : (parent[i] = rootOf(parent, parent[i]));
}

const isHorizontal = (s: Segment) => s.y0 === s.y1;
const isVertical = (s: Segment) => s.x0 === s.x1;
const horizontalRule = (s: Segment): Rule => ({ at: s.y0, from: s.x0, to: s.x1 });
const verticalRule = (s: Segment): Rule => ({ at: s.x0, from: s.y0, to: s.y1 });

export function findGrids(segments: Segment[]): Grid[] {
  const horizontal = joinCollinear(segments.filter(isHorizontal).map(horizontalRule));
  const vertical = joinCollinear(segments.filter(isVertical).map(verticalRule));
  // Union-find over all lines: horizontal i is node i, vertical j is node H + j.
  const parent: number[] = [];
  for (let i = 0; i < horizontal.length + vertical.length; i++) parent.push(i);
  for (let i = 0; i < horizontal.length; i++) {
    for (let j = 0; j < vertical.length; j++) {
      const [h, v] = [horizontal[i], vertical[j]];
      if (spans(h, v.at) && spans(v, h.at)) parent[rootOf(parent, i)] = rootOf(parent, horizontal.length + j);
    }
  }
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  for (let node = 0; node < parent.length; node++) {
    const key = rootOf(parent, node);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { horizontal: [], vertical: [] }));
    if (node < horizontal.length) group.horizontal.push(horizontal[node]);
    else group.vertical.push(vertical[node - horizontal.length]);
  }
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const grid = toGrid(group.horizontal, group.vertical);
    if (grid) grids.push(grid);
  }
  return grids;
}
