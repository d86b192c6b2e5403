/** Which national format a report follows, from the words its tables and text use (report-format §6.3). */
import type { Block } from "../model/document";
import type { FormatVersion } from "../model/report";
import { PRE_2019_WORDS, T2_2019_WORDS, T2_2021_HEADER_WORDS } from "../model/template";
import { labelPattern, normalizeLabel } from "../text/normalize";
import type { ParsedReport } from "./parsed";

type Mark = ParsedReport["versionMarks"][number];

/** Each version's words, with the form they are looked for in (normalised once, not for every block). */
const WORD_LISTS: [Mark["version"], { word: string; normalized: string }[]][] = (
  [
    ["2021", T2_2021_HEADER_WORDS],
    ["2019-trial", T2_2019_WORDS],
    ["pre-2019", PRE_2019_WORDS],
  ] as const
).map(([version, words]) => [version, words.map((word) => ({ word, normalized: normalizeLabel(word) }))]);

/** Any of the words, in the text as written: most blocks have none, and are passed over in one search without being normalised. */
const ANY_WORD = new RegExp(WORD_LISTS.flatMap(([, words]) => words.map(({ normalized }) => labelPattern(normalized))).join("|"));

function marksIn(text: string, location: Mark["location"]): Mark[] {
  if (!ANY_WORD.test(text)) return [];
  const normalized = normalizeLabel(text);
  return WORD_LISTS.flatMap(([version, words]) =>
    words.filter((word) => normalized.includes(word.normalized)).map(({ word }) => ({ word, version, location })),
  );
}

export function findVersionMarks(blocks: Block[]): Mark[] {
  // Loops, not inline callbacks, which V8 would compile again after each full collection (README, "V8").
  const marks: Mark[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") marks.push(...marksIn(block.text, block.location));
    else for (const row of block.rows) for (const cell of row) marks.push(...marksIn(cell.text, cell.location));
  }
  return marks;
}

/**
 * Tables written mostly with the 2019 trial words follow that template (one old word in a 2021 table is
 * a slip the rules report, not another format); a report without the standard tables but with the old
 * regulation's words is pre-2019.
 */
export function formatVersionOf(marks: Mark[], blocks: Block[], hasStandardTables: boolean): FormatVersion {
  const tableCells = new Set(blocks.flatMap((block) => (block.type === "table" ? block.rows.flat().map((cell) => cell.location) : [])));
  const inTables = (version: Mark["version"]) => marks.filter((mark) => mark.version === version && tableCells.has(mark.location)).length;
  const old = inTables("2019-trial");
  if (old > 0 && old >= inTables("2021")) return "2019-trial";
  const oldWords = new Set(marks.filter((mark) => mark.version === "pre-2019").map((mark) => mark.word));
  if (!hasStandardTables && oldWords.size >= 2) return "pre-2019";
  return "2021";
}
