/**
 * Test support for the table rules: edit single cells of a seed's text (one cell per line, as seeds
 * 000–002 and 004 are written). The lines to edit are found by walking the text from a row label, never
 * taken from the parser's output. Rules run on the result through rule-tester.ts.
 */
import type { Finding } from "../../src/core/model/report";
import { lineOf, seedText, type SeedId } from "./seeds";

export const SEED_004: SeedId = "004_7be0dca35fed79ae";
export const seed004 = () => seedText(SEED_004);

const VALUE_CELL = /^\t-?[0-9.,]+$/;
const cellText = (line: string) => line.replace(/^\t+/, "");

/**
 * The 1-based line of value cell `index` (0-based, in the row's column order) of the row labelled
 * `label`: the label's line, then one value per line. `after` is a line (its cell text) to search from.
 */
export function valueLine(text: string, label: string, index: number, after?: string): number {
  const from = after === undefined ? 1 : lineOf(text, (line) => cellText(line) === after);
  const labelLine = lineOf(text, (line) => line.startsWith("\t") && cellText(line) === label, from);
  const line = labelLine + 1 + index;
  if (!VALUE_CELL.test(text.split("\n")[line - 1])) throw new Error(`line ${line} is not a value cell of ${label}`);
  return line;
}

/** The 1-based line of 表四's value cell `index` (0–14): its data row follows the header, one value per line. */
export function t4ValueLine(text: string, index: number): number {
  const heading = lineOf(text, (line) => line.trim().endsWith("行政复议、行政诉讼情况"));
  return lineOf(text, (line) => VALUE_CELL.test(line), heading) + index;
}

/** The text with line `line` (1-based) replaced by `content`; "" removes the line. */
export function withLine(text: string, line: number, content: string | null): string {
  const lines = text.split("\n");
  if (content === null) lines.splice(line - 1, 1);
  else lines[line - 1] = content;
  return lines.join("\n");
}

/** The text with several cell lines set, each to "\t" + its content. */
export function withCells(text: string, edits: [line: number, content: string][]): string {
  return edits.reduce((edited, [line, content]) => withLine(edited, line, `\t${content}`), text);
}

/** A finding reduced to what the mutation tests compare: rule, cell and line. */
export function findingKey(finding: Finding): string {
  const { table, row, column } = finding.location.template ?? {};
  return [finding.rule, table, row, column, finding.location.line].join(" ");
}

/** The text with every value cell from line `first` to line `last` (1-based, inclusive) left blank. */
export function blankValues(text: string, first: number, last: number): string {
  return text
    .split("\n")
    .map((line, index) => (index + 1 >= first && index + 1 <= last && VALUE_CELL.test(line) ? "\t" : line))
    .join("\n");
}
