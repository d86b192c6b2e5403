/**
 * Each table rule broken alone in seed 004 (which has no error of its own): the whole set of error
 * findings, plus every table-rule finding of any severity, must be exactly what the edit explains.
 * Lines to edit are found by walking the seed text from row labels.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import { extractText } from "../../src/core/extract/text";
import { parseDocument } from "../../src/core/parse/index";
import {
  findingKey,
  SEED_004,
  seed004,
  t4ValueLine,
  valueLine,
  withCells,
  withLine,
} from "../helpers/seed-edits";
import { lineOf, truth } from "../helpers/seeds";

const base = seed004();
const TABLE_RULE = /^table[234]\//;

async function reported(text: string): Promise<string[]> {
  const { findings } = await checkText("edited.txt", text);
  if (!findings) throw new Error("check failed");
  return findings.filter((f) => f.severity === "error" || TABLE_RULE.test(f.rule)).map(findingKey).sort();
}

function expected(...keys: [rule: string, table: string, row: string | undefined, column: string | undefined, line: number][]) {
  return keys.map((key) => key.join(" ")).sort();
}

const line = {
  penalty: valueLine(base, "行政处罚", 0),
  fees: valueLine(base, "行政事业性收费", 0),
  regulationsRepealed: valueLine(base, "规章", 1),
  normativeIssued: valueLine(base, "行政规范性文件", 0),
  carriedOverResearch: valueLine(base, "二、上年结转政府信息公开申请数量", 2),
  secretNatural: valueLine(base, "1.属于国家秘密", 0),
  disclosedNatural: valueLine(base, "（一）予以公开", 0),
  notHeldNatural: valueLine(base, "1.本机关不掌握相关政府信息", 0),
  needsCreationNatural: valueLine(base, "2.没有现成信息需要另行制作", 0),
  totalNatural: valueLine(base, "（七）总计", 0),
  forwardNatural: valueLine(base, "四、结转下年度继续办理", 0),
};
/** A 表三 row's 总计 cell: six cells after its 自然人 cell. */
const totalOf = (naturalLine: number) => naturalLine + 6;

describe("table rules broken one at a time in seed 004", () => {
  it("the seed itself reports no error and no table finding", async () => {
    expect(await reported(base)).toEqual([]);
  });

  it("table2/value-int: a blank count", async () => {
    expect(await reported(withCells(base, [[line.penalty, ""]]))).toEqual(
      expected(["table2/value-int", "t2", "penalty", "value", line.penalty]),
    );
  });

  it("table2/value-int: a decimal count", async () => {
    expect(await reported(withCells(base, [[line.penalty, "10.5"]]))).toEqual(
      expected(["table2/value-int", "t2", "penalty", "value", line.penalty]),
    );
  });

  it("table2/fee-decimal: an amount in 元 for a township (warning only)", async () => {
    expect(await reported(withCells(base, [[line.fees, "251000"]]))).toEqual(
      expected(["table2/fee-decimal", "t2", "fees", "value", line.fees]),
    );
  });

  it("table2/rules-authority: a township repealing a 规章 (warning only)", async () => {
    // 现行有效 0 ≥ 本年制发 0 − 本年废止 1, so in-force-vs-issued holds.
    expect(await reported(withCells(base, [[line.regulationsRepealed, "1"]]))).toEqual(
      expected(["table2/rules-authority", "t2", "regulations", "repealed", line.regulationsRepealed]),
    );
  });

  it("table2/in-force-vs-issued: 12 issued, none repealed, 1 in force (warning only)", async () => {
    expect(await reported(withCells(base, [[line.normativeIssued, "12"]]))).toEqual(
      expected(["table2/in-force-vs-issued", "t2", "normative_documents", "in_force", line.normativeIssued + 2]),
    );
  });

  it("table3/value-int: '/' in a cell", async () => {
    expect(await reported(withCells(base, [[line.carriedOverResearch, "/"]]))).toEqual(
      expected(["table3/value-int", "t3", "carried_over", "research", line.carriedOverResearch]),
    );
  });

  it("table3/value-int: a negative and a decimal count; the sums they are in are not computed", async () => {
    const text = withCells(base, [
      [line.secretNatural, "-1"],
      [line.disclosedNatural + 1, "0.5"],
    ]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/value-int", "t3", "withheld_state_secret", "natural_person", line.secretNatural],
        ["table3/value-int", "t3", "disclosed", "commercial", line.disclosedNatural + 1],
      ),
    );
  });

  it("table3/value-int: a blank （七）总计 cell is no total to compare with", async () => {
    // The cell is the written total of its row and of its column, and a term of the balance: no sum uses it.
    const cell = totalOf(line.totalNatural);
    expect(await reported(withCells(base, [[cell, ""]]))).toEqual(expected(["table3/value-int", "t3", "total", "total", cell]));
  });

  it("table3/row-total alone: one case moved to another row in 自然人 only", async () => {
    // Rows 1.本机关不掌握 and 2.没有现成信息 no longer add up; the 自然人 column still sums to 32.
    const text = withCells(base, [
      [line.notHeldNatural, "26"],
      [line.needsCreationNatural, "1"],
    ]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/row-total", "t3", "unavailable_not_held", "total", totalOf(line.notHeldNatural)],
        ["table3/row-total", "t3", "unavailable_needs_creation", "total", totalOf(line.needsCreationNatural)],
      ),
    );
  });

  it("a row total off by one: row-total, and results-total in the 总计 column", async () => {
    // 27 → 28 in 总计 of 1.本机关不掌握: its row no longer adds up, and the 总计 column's result rows now
    // sum to 33 against （七）总计 32. Balance uses （七）总计 itself, which did not change.
    const text = withCells(base, [[totalOf(line.notHeldNatural), "28"]]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/row-total", "t3", "unavailable_not_held", "total", totalOf(line.notHeldNatural)],
        ["table3/results-total", "t3", "total", "total", totalOf(line.totalNatural)],
      ),
    );
  });

  it("table3/results-total alone: a result row raised in 自然人 and 总计", async () => {
    // （一）予以公开 2 → 3 in both columns: the row adds up, but both columns' results sum to 33 ≠ 32.
    const text = withCells(base, [
      [line.disclosedNatural, "3"],
      [totalOf(line.disclosedNatural), "3"],
    ]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/results-total", "t3", "total", "natural_person", line.totalNatural],
        ["table3/results-total", "t3", "total", "total", totalOf(line.totalNatural)],
      ),
    );
  });

  it("table3/balance alone: 结转下年度 raised in 自然人 and 总计", async () => {
    const text = withCells(base, [
      [line.forwardNatural, "2"],
      [totalOf(line.forwardNatural), "2"],
    ]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/balance", "t3", "carried_forward", "natural_person", line.forwardNatural],
        ["table3/balance", "t3", "carried_forward", "total", totalOf(line.forwardNatural)],
      ),
    );
  });

  it("a broken column: （七）总计 lowered fires both results-total and balance", async () => {
    // （七）总计 32 → 31 in 自然人 and 总计: the result rows still sum to 32 (results-total), and
    // 33 + 0 ≠ 31 + 1 (balance), in both columns. The （七）总计 row itself still adds up (31 = 31).
    const text = withCells(base, [
      [line.totalNatural, "31"],
      [totalOf(line.totalNatural), "31"],
    ]);
    expect(await reported(text)).toEqual(
      expected(
        ["table3/results-total", "t3", "total", "natural_person", line.totalNatural],
        ["table3/results-total", "t3", "total", "total", totalOf(line.totalNatural)],
        ["table3/balance", "t3", "carried_forward", "natural_person", line.forwardNatural],
        ["table3/balance", "t3", "carried_forward", "total", totalOf(line.forwardNatural)],
      ),
    );
  });

  it("table4/value-int: a blank cell", async () => {
    const cell = t4ValueLine(base, 8);
    expect(await reported(withCells(base, [[cell, ""]]))).toEqual(
      expected(["table4/value-int", "t4", "litigation_direct", "pending", cell]),
    );
  });

  it("table4/value-int: a blank 总计 cell", async () => {
    const total = t4ValueLine(base, 4);
    expect(await reported(withCells(base, [[total, ""]]))).toEqual(expected(["table4/value-int", "t4", "review", "total", total]));
  });

  it("table4/group-total: 行政复议 总计 wrong", async () => {
    const total = t4ValueLine(base, 4);
    expect(await reported(withCells(base, [[total, "3"]]))).toEqual(
      expected(["table4/group-total", "t4", "review", "total", total]),
    );
  });

  it("table4/cell-count: 14 cells, and no cell-by-cell finding with it", async () => {
    const text = withLine(base, t4ValueLine(base, 0), null);
    const heading = lineOf(text, (l) => l.trim().endsWith("行政复议、行政诉讼情况"));
    const tableStart = lineOf(text, (l) => l.startsWith("\t"), heading);
    expect(await reported(text)).toEqual(expected(["table4/cell-count", "t4", undefined, undefined, tableStart]));
  });
});

describe("label damage does not shift 表三's values", () => {
  const t3Of = (text: string) => parseDocument(extractText(new TextEncoder().encode(text))).report.tables.t3;
  const baseT3 = t3Of(base);
  const labelLine = (label: string) => lineOf(base, (l) => l === `\t${label}`);

  it("the unmutated seed reads as its truth file says", () => {
    expect(baseT3).toEqual(truth(SEED_004).tables.t3);
  });

  it.each([
    ["a typo in a row label", withLine(base, labelLine("2.其他法律行政法规禁止公开"), "\t2.其他法律行政止公开")],
    ["a stray number cell after a group label", withLine(base, labelLine("（三）不予公开"), "\t（三）不予公开\n\t2")],
    ["digits inside a label", withLine(base, labelLine("1.本机关不掌握相关政府信息"), "\t1.本机关不掌握相关政府信息（含2023年转办3件）")],
    ["digits inside a group label", withLine(base, labelLine("（五）不予处理"), "\t（五）不予处理（2023年）")],
  ])("%s", async (_case, text) => {
    expect(text).not.toBe(base);
    expect(t3Of(text)).toEqual(baseT3);
    expect(await reported(text)).toEqual([]);
  });
});
