/**
 * The structure and format rules against broken copies of every seed. For each edit, the whole set of
 * error findings these rules make must be exactly what the edit explains ("rule@line"), and the warning
 * the edit calls for must be there. Lines are found by walking the edited text, never taken from the parser.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import type { Finding, Severity } from "../../src/core/model/report";
import { SECTIONS } from "../../src/core/model/template";
import { SEED_IDS, seedText } from "../helpers/seeds";

const OURS = /^(structure|format)\//;
/** "rule@line" at each of a finding's places. */
const keysOf = (finding: Finding) => (finding.places ?? [finding.location]).map((place) => `${finding.rule}@${place.line}`);

async function ourFindings(text: string): Promise<Finding[]> {
  const result = await checkText("seed.txt", text);
  return result.findings!.filter((finding) => OURS.test(finding.rule));
}

async function keys(text: string, severity: Severity, rule?: string): Promise<string[]> {
  const findings = await ourFindings(text);
  return findings.filter((f) => f.severity === severity && (!rule || f.rule === rule)).flatMap(keysOf).sort();
}

const at = (rule: string, ...lines: number[]) => lines.map((line) => `${rule}@${line}`);

// ---------------------------------------------------------------- reading and editing the text

const split = (text: string) => text.split("\n");
const join = (lines: string[]) => lines.join("\n");
const NUMERAL = /^[一二三四五六]、/;

/** 1-based line of section `number`'s heading: its title or a known variant, with or without its numeral. */
function headingLine(text: string, number: number): number {
  const { title, variants } = SECTIONS[number - 1];
  const index = split(text).findIndex((line) => {
    const bare = line.trim().replace(NUMERAL, "");
    return bare === title || variants.includes(bare);
  });
  if (index < 0) throw new Error(`no heading of section ${number}`);
  return index + 1;
}

const headingLines = (text: string) => SECTIONS.map((section) => headingLine(text, section.number));

/** 1-based line of the first line with a cell (tab-separated piece, trimmed) that passes `test`. */
function cellLine(text: string, test: (cell: string) => boolean): number {
  const index = split(text).findIndex((line) => line.split("\t").some((cell) => test(cell.trim())));
  if (index < 0) throw new Error("no such cell");
  return index + 1;
}

const startsWith = (prefix: string) => (cell: string) => cell.startsWith(prefix);

/** The text without its lines `from` to `to` (1-based, `to` excluded). */
function withoutLines(text: string, from: number, to: number): string {
  const lines = split(text);
  return join([...lines.slice(0, from - 1), ...lines.slice(to - 1)]);
}

function withLine(text: string, line: number, edit: (line: string) => string): string {
  const lines = split(text);
  lines[line - 1] = edit(lines[line - 1]);
  return join(lines);
}

/** A line the text extraction takes for nothing: blank, or white space without a tab (a tab line is an empty cell). */
const isNothing = (line: string) => line.trim() === "" && !line.includes("\t");

function lastContentLineBefore(text: string, line: number): number {
  const lines = split(text);
  for (let index = line - 2; index >= 0; index--) if (!isNothing(lines[index])) return index + 1;
  throw new Error("nothing before");
}

/** A whole-row line holds several tab-separated cells; otherwise a row is a run of one-cell lines up to a blank line. */
const isWholeRow = (line: string) => !/^\t[^\t]*$/.test(line);

/** The text without the 表三 row whose label cell passes `test` (and the blank line that ends it). */
function withoutRow(text: string, test: (cell: string) => boolean): string {
  const lines = split(text);
  const line = cellLine(text, test) - 1;
  if (isWholeRow(lines[line])) return withoutLines(text, line + 1, line + 2);
  let [first, last] = [line, line];
  while (lines[first - 1] !== "") first--;
  while (lines[last + 1] !== "") last++;
  return withoutLines(text, first + 1, last + 3);
}

/** The text without one cell: the cell's line goes when it held nothing else. */
function withoutCell(text: string, test: (cell: string) => boolean): string {
  const line = cellLine(text, test);
  const rest = split(text)[line - 1].split("\t").filter((cell) => !test(cell.trim()));
  return rest.every((cell) => cell === "") ? withoutLines(text, line, line + 1) : withLine(text, line, () => rest.join("\t"));
}

const OTHER_HEADING = (cell: string) => /^[（(]六[)）]\s*其他处理$/.test(cell);

// ---------------------------------------------------------------- the edits

interface Outcome {
  text: string;
  /** Every error finding of the structure and format rules. */
  errors: string[];
  /** The one rule the edit should make warn, and every line it must warn at. */
  warns?: { rule: string; lines: number[] };
}

const MUTATIONS: Record<string, (seed: string) => Outcome> = {
  "remove section 三 with its table": (seed) => {
    const text = withoutLines(seed, headingLine(seed, 3), headingLine(seed, 4));
    const gap = lastContentLineBefore(text, headingLine(text, 4));
    return { text, errors: [...at("structure/section-missing", gap), ...at("structure/table-missing", gap)] };
  },
  "rename heading 五 to a known variant": (seed) => {
    const line = headingLine(seed, 5);
    const text = withLine(seed, line, () => "五、政府信息公开工作存在的主要问题及改进情况");
    return { text, errors: [], warns: { rule: "structure/section-title-variant", lines: [line] } };
  },
  "rename heading 五 to unknown words": (seed) => {
    const line = headingLine(seed, 5);
    return { text: withLine(seed, line, () => "五、工作中的不足与下一步打算"), errors: at("structure/section-missing", line) };
  },
  "swap sections 三 and 四": (seed) => {
    const [three, four, five] = [3, 4, 5].map((number) => headingLine(seed, number) - 1);
    const lines = split(seed);
    const text = join([...lines.slice(0, three), ...lines.slice(four, five), ...lines.slice(three, four), ...lines.slice(five)]);
    return { text, errors: at("structure/section-order", headingLine(text, 3)) };
  },
  "strip the numerals of all six headings": (seed) => {
    const text = headingLines(seed).reduce((edited, line) => withLine(edited, line, (heading) => heading.replace(NUMERAL, "")), seed);
    return { text, errors: [], warns: { rule: "structure/section-number-missing", lines: headingLines(text) } };
  },
  "number heading 五 as 四": (seed) => {
    const line = headingLine(seed, 5);
    const text = withLine(seed, line, (heading) => heading.replace("五、", "四、"));
    const unnumbered = headingLines(seed).filter((heading) => !NUMERAL.test(split(seed)[heading - 1]));
    return { text, errors: [], warns: { rule: "structure/section-number-missing", lines: [...unnumbered, line].sort((a, b) => a - b) } };
  },
  "empty section 一": (seed) => {
    const text = withoutLines(seed, headingLine(seed, 1) + 1, headingLine(seed, 2));
    return { text, errors: at("structure/section-empty", headingLine(text, 1)) };
  },
  "remove the title lines": (seed) => {
    const titleEnd = split(seed).findIndex((line) => line.includes("年度报告")) + 1;
    return { text: withoutLines(seed, 1, titleEnd + 1), errors: at("structure/title-missing", 1) };
  },
  "本年制发件数 written 本年新制作数量 in a 2023 report": (seed) => {
    const text = seed.replace("本年制发件数", "本年新制作数量");
    return { text, errors: at("format/outdated-template", cellLine(text, (cell) => cell === "本年新制作数量")) };
  },
  "delete the 表三 row 2.重复申请": (seed) => {
    const text = withoutRow(seed, (cell) => cell === "2.重复申请");
    return { text, errors: [], warns: { rule: "structure/table-altered", lines: [cellLine(text, startsWith("1.信访举报投诉类申请"))] } };
  },
  "collapse the three （六） rows into one": (seed) => {
    const text = [startsWith("2.申请人逾期未按收费通知"), (cell: string) => cell === "3.其他"].reduce(
      withoutRow,
      withoutCell(seed, startsWith("1.申请人无正当理由逾期不补正")),
    );
    return { text, errors: [], warns: { rule: "structure/table-altered", lines: [cellLine(text, OTHER_HEADING)] } };
  },
};

describe("structure and format rules on edited seeds", () => {
  it.each(SEED_IDS)("%s unedited: no error", async (id) => {
    expect(await keys(seedText(id), "error")).toEqual([]);
  });

  const cases = SEED_IDS.flatMap((id) => Object.keys(MUTATIONS).map((name) => [id, name] as const));
  it.each(cases)("%s, %s", async (id, name) => {
    const { text, errors, warns } = MUTATIONS[name](seedText(id));
    expect(text).not.toBe(seedText(id));
    expect(await keys(text, "error")).toEqual([...errors].sort());
    if (warns) expect(await keys(text, "warning", warns.rule)).toEqual(at(warns.rule, ...warns.lines).sort());
  });
});
