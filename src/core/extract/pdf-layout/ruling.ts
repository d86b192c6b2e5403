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

/** Items in order of `value`, split wherever two neighbours are more than `gap` apart. */
function chains<T>(items: T[], value: (item: T) => number, gap: number): T[][] {
  const groups: T[][] = [];
  for (const item of items.slice().sort((a, b) => value(a) - value(b))) {
    const last = groups[groups.length - 1];
    if (last && value(item) - value(last[last.length - 1]) <= gap) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Collinear pieces (each cell's border drawn on its own) joined into whole lines. */
function joinCollinear(rules: Rule[]): Rule[] {
  return chains(rules, (rule) => rule.at, 1).flatMap((collinear) => {
    const joined: Rule[] = [];
    for (const rule of collinear.sort((a, b) => a.from - b.from)) {
      const open = joined[joined.length - 1];
      if (open && rule.from <= open.to + RULE_TOLERANCE) open.to = Math.max(open.to, rule.to);
      else joined.push({ ...rule });
    }
    return joined;
  });
}

/** Whether a rule passes `position` along its length, within the tolerance. */
export function spans(rule: Rule, position: number, tolerance = RULE_TOLERANCE): boolean {
  return position >= rule.from - tolerance && position <= rule.to + tolerance;
}

/** Positions within the tolerance of each other, as their mean, ascending. */
function clusterPositions(values: number[]): number[] {
  return chains(values, (value) => value, RULE_TOLERANCE).map((cluster) => cluster.reduce((sum, value) => sum + value, 0) / cluster.length);
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

export function findGrids(segments: Segment[]): Grid[] {
  const horizontal = joinCollinear(segments.filter((s) => s.y0 === s.y1).map((s) => ({ at: s.y0, from: s.x0, to: s.x1 })));
  const vertical = joinCollinear(segments.filter((s) => s.x0 === s.x1).map((s) => ({ at: s.x0, from: s.y0, to: s.y1 })));
  // Union-find over all lines: horizontal i is node i, vertical j is node H + j.
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  horizontal.forEach((h, i) => vertical.forEach((v, j) => {
    if (spans(h, v.at) && spans(v, h.at)) parent[root(i)] = root(horizontal.length + j);
  }));
  const groups = new Map<number, { horizontal: Rule[]; vertical: Rule[] }>();
  const group = (node: number) => {
    const key = root(node);
    if (!groups.has(key)) groups.set(key, { horizontal: [], vertical: [] });
    return groups.get(key)!;
  };
  horizontal.forEach((h, i) => group(i).horizontal.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).vertical.push(v));
  return [...groups.values()].flatMap((g) => toGrid(g.horizontal, g.vertical) ?? []);
}
