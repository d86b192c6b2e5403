import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../../src/cli/extractors";
import { checkFile, checkText } from "../../../src/core/check";
import type { Block, TableCell } from "../../../src/core/model/document";
import type { CheckResult, Finding } from "../../../src/core/model/report";
import { realFile, seedText } from "../../helpers/seeds";
import { characterRange, indexed, pointsAtBlock, pointsAtCell, segments } from "../../../src/ui/document/locate";

function cells(blocks: Block[]): TableCell[] {
  return blocks.flatMap((block) => (block.type === "table" ? block.rows.flat() : []));
}

function findingOf(result: CheckResult, rule: string, test: (finding: Finding) => boolean = () => true): Finding {
  const finding = result.findings?.find((candidate) => candidate.rule === rule && test(candidate));
  if (!finding) throw new Error(`no ${rule} finding`);
  return finding;
}

/** The text of every paragraph a finding points at, and of the characters it points at in each. */
function markedTexts(result: CheckResult, finding: Finding): string[] {
  return (result.blocks ?? [])
    .filter((block) => pointsAtBlock(block, finding.location))
    .map((block) => {
      const range = characterRange(block, finding.location);
      return block.type === "paragraph" && range ? block.text.slice(range.start, range.end) : block.type;
    });
}

describe("findings at their places in the extracted blocks", () => {
  it("text report: characters by line and column, a table cell by line and text column", async () => {
    const edited = seedText("000_5a9a8d2bc98e1d44").replace("一、本年新收政府信息公开申请数量\n\t4\n", "一、本年新收政府信息公开申请数量\n\t5\n");
    const result = await checkText("edited.txt", edited);

    expect(markedTexts(result, findingOf(result, "typo/dash"))).toEqual(["--"]);
    // The title runs over lines 1–3 (a blank line between its two paragraphs): both paragraphs, whole.
    expect(markedTexts(result, findingOf(result, "structure/title-agency-abbrev"))).toEqual(["paragraph", "paragraph"]);

    const balance = findingOf(result, "table3/balance");
    const flagged = cells(result.blocks ?? []).filter((cell) => pointsAtCell(cell, balance.location));
    expect(flagged).toHaveLength(1);
    expect(flagged[0].location.line).toBe(balance.location.line);
    expect(markedTexts(result, balance)).toEqual([]);
  });

  it("text report: a finding about several blank cells marks each of them", async () => {
    const seed = seedText("004_7be0dca35fed79ae");
    const blanked = seed.replace("（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n", "（三）不予公开\n\t1.属于国家秘密\n\t\n\t\n");
    expect(blanked).not.toBe(seed);
    const result = await checkText("blanked.txt", blanked);
    const blanks = findingOf(result, "table3/value-int");
    const flagged = cells(result.blocks ?? []).filter((cell) => blanks.places!.some((place) => pointsAtCell(cell, place)));
    expect(flagged.map((cell) => [cell.location.line, cell.text])).toEqual(blanks.places!.map((cell) => [cell.line, ""]));
    expect(flagged).toHaveLength(2);
  });

  it("a problem repeated in several places is marked at each, all under the finding's index", async () => {
    const result = await checkText("000.txt", seedText("000_5a9a8d2bc98e1d44"));
    const index = result.findings!.findIndex((finding) => finding.rule === "typo/dash");
    const places = indexed(result.findings!).filter((entry) => entry.index === index);
    expect(places.map(({ finding }) => [finding.location.line, ...markedTexts(result, finding)])).toEqual([
      [12, "--"],
      [12, "--"],
      [16, "--"],
      [16, "--"],
    ]);
  });

  it("DOCX: a paragraph's characters by block and offsets", async () => {
    const bytes = new Uint8Array(readFileSync("test/fixtures/generated/004_7be0dca35fed79ae.docx"));
    const result = await checkFile({ name: "004.docx", bytes }, { extractors: nodeExtractors });
    expect(markedTexts(result, findingOf(result, "typo/bracket-pair-mismatch"))).toEqual(["(六）"]);
    expect(markedTexts(result, findingOf(result, "structure/section-number-missing"))).toEqual(["paragraph"]);
  });

  it("PDF: a table cell by the centre of its box, a paragraph by overlapping boxes", async () => {
    const result = await checkFile({ name: "hongze-2024.pdf", bytes: realFile("hongze-2024.pdf") }, { extractors: nodeExtractors });
    const altered = findingOf(result, "structure/table-altered", (finding) => finding.location.template?.row === "withheld_prohibited");
    const flagged = cells(result.blocks ?? []).filter((cell) => pointsAtCell(cell, altered.location));
    expect(flagged.map((cell) => cell.text)).toEqual(["2.其他法律行政止公开"]);

    const fee = findingOf(result, "section6/fee-statement-incomplete");
    const paragraphs = (result.blocks ?? []).filter((block) => pointsAtBlock(block, fee.location));
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.some((block) => block.type === "paragraph" && block.text.includes("信息处理费"))).toBe(true);
    expect(paragraphs.every((block) => block.type === "paragraph")).toBe(true);
  });
});

describe("segments", () => {
  it("cuts a paragraph where findings begin and end, overlapping ones both on the shared run", () => {
    const [a, b] = indexed([
      { rule: "a", severity: "info", message: "a", location: { kind: "file" } },
      { rule: "b", severity: "error", message: "b", location: { kind: "file" } },
    ]);
    const runs = segments("甲乙丙丁戊", [
      { range: { start: 1, end: 3 }, item: a },
      { range: { start: 2, end: 4 }, item: b },
    ]);
    expect(runs.map((run) => [run.text, run.items.map((item) => item.finding.rule)])).toEqual([
      ["甲", []],
      ["乙", ["a"]],
      ["丙", ["a", "b"]],
      ["丁", ["b"]],
      ["戊", []],
    ]);
  });
});
