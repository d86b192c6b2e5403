import { describe, expect, it } from "vitest";
import { extractText } from "../../src/core/extract/text";
import { parseDocument } from "../../src/core/parse/index";
import { seedText, truth, withTrialTable2 } from "../helpers/seeds";

const SEED = "004_7be0dca35fed79ae";

function parse(text: string) {
  return parseDocument(extractText(new TextEncoder().encode(text)));
}

/** Replaces the first line equal to `from` (after `after`, if given) with `to`. */
function replaceLine(text: string, from: string, to: string, after?: string): string {
  const lines = text.split("\n");
  const start = after ? lines.indexOf(after) : 0;
  const at = lines.indexOf(from, start);
  if (at < 0) throw new Error(`line ${from} not found`);
  lines[at] = to;
  return lines.join("\n");
}

describe("表三 rows are matched by label, not by position", () => {
  const base = seedText(SEED);
  const expected = truth(SEED).tables;

  it("a typo in a row label still maps to its row", () => {
    const text = replaceLine(base, "\t2.其他法律行政法规禁止公开", "\t2.其他法律行政止公开");
    const parsed = parse(text);
    expect(parsed.report.tables.t3).toEqual(expected.t3);
    expect(parsed.tables.t3?.rows.find((r) => r.key === "withheld_prohibited")?.label).toContain("其他法律行政止公开");
  });

  it("a stray number cell between the group label and the row label does not shift the row", () => {
    const text = replaceLine(base, "\t（三）不予公开", "\t（三）不予公开\n\t2");
    expect(parse(text).report.tables.t3).toEqual(expected.t3);
  });

  it("digits inside a label do not make it a value", () => {
    const text = replaceLine(base, "\t1.本机关不掌握相关政府信息", "\t1.本机关不掌握相关政府信息（含2023年转办3件）");
    expect(parse(text).report.tables.t3).toEqual(expected.t3);
  });

  it("a blank or '/' cell is null, never a guessed 0, and the others keep their columns", () => {
    // 一、本年新收 of seed 004: 33, 0, 0, 0, 0, 0, 33 — blank the 商业企业 cell, write '/' in 其他.
    const lines = base.split("\n");
    const label = lines.indexOf("\t一、本年新收政府信息公开申请数量");
    lines[label + 2] = "\t";
    lines[label + 6] = "\t/";
    const parsed = parse(lines.join("\n"));
    expect(parsed.report.tables.t3?.new).toEqual({ natural_person: 33, commercial: null, research: 0, social: 0, legal: 0, other: null, total: 33 });
    const cells = parsed.tables.t3!.rows.find((r) => r.key === "new")!.cells;
    expect(cells.commercial.problem).toBe("empty");
    expect(cells.other.problem).toBe("placeholder");
    expect(cells.other.location).toMatchObject({ line: label + 7, column: 2, template: { table: "t3", row: "new", column: "other" } });
  });

  it("a row the document leaves out stays absent", () => {
    const lines = base.split("\n");
    const label = lines.indexOf("\t2.重复申请");
    lines.splice(label - 2, 10);
    const t3 = parse(lines.join("\n")).report.tables.t3!;
    expect(t3.rejected_duplicate).toBeUndefined();
    expect(t3.rejected_publication).toEqual(expected.t3 && (expected.t3 as Record<string, unknown>).rejected_publication);
  });

  it("（六）其他处理 collapsed into one row goes to other_total", () => {
    const lines = base.split("\n");
    const start = lines.indexOf("\t（六）其他处理");
    const end = lines.indexOf("\t3.其他") + 8;
    lines.splice(start, end - start, "\t（六）其他处理", ...Array(7).fill("\t0"));
    const t3 = parse(lines.join("\n")).report.tables.t3!;
    expect(t3.other_total).toEqual({ natural_person: 0, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total: 0 });
    expect(t3.other_no_correction).toBeUndefined();
    expect(t3.other_other).toBeUndefined();
    expect(t3.total).toEqual((expected.t3 as Record<string, unknown>).total);
  });

  it("an added row that is no template row is reported as unmatched, not forced onto one", () => {
    const text = replaceLine(base, "\t四、结转下年度继续办理", "\t五、自行增加的统计项\n\t1\n\t0\n\t0\n\t0\n\t0\n\t0\n\t1\n\n\t四、结转下年度继续办理");
    const parsed = parse(text);
    expect(parsed.tables.t3?.unmatched.map((r) => r.label)).toEqual(["五、自行增加的统计项"]);
    expect(parsed.report.tables.t3).toEqual(expected.t3);
  });
});

describe("表二 and 表四", () => {
  const base = seedText(SEED);

  it("表二 single-value rows padded with empty cells (tab rows) read their one value", () => {
    const parsed = parse(seedText("003_f34c183db723c9dd"));
    expect(parsed.report.tables.t2).toEqual(truth("003_f34c183db723c9dd").tables.t2);
    expect(parsed.tables.t2?.rows.find((r) => r.key === "licensing")?.cellCount).toBe(1);
  });

  it("表二 amounts keep decimals and units are noted", () => {
    const text = replaceLine(base, "\t0", "\t1.25万元", "\t行政事业性收费");
    const cell = parse(text).tables.t2!.rows.find((r) => r.key === "fees")!.cells.value;
    expect(cell).toMatchObject({ value: 1.25, problem: "unit" });
  });

  it("表四 with a cell missing reports 14 cells and maps none of them", () => {
    const lines = base.split("\n");
    const dataStart = lines.indexOf("\t2", lines.indexOf("政府信息公开行政复议、行政诉讼情况"));
    lines.splice(dataStart, 1);
    const parsed = parse(lines.join("\n"));
    expect(parsed.tables.t4?.cellCount).toBe(14);
    expect(parsed.report.tables.t4).toEqual({});
  });

  it("a table with every value cell empty (an unfilled template) parses to nulls", () => {
    const blanked = base
      .split("\n")
      .map((line) => (/^\t\d+$/.test(line) ? "\t" : line))
      .join("\n");
    const t3 = parse(blanked).report.tables.t3!;
    expect(Object.keys(t3)).toHaveLength(25);
    expect(Object.values(t3).every((row) => Object.values(row!).every((value) => value === null))).toBe(true);
  });
});

describe("sections", () => {
  const base = seedText(SEED);
  const numbers = (text: string) => parse(text).sections.map((s) => s.number);

  it("table row labels and sub-headings are not sections", () => {
    const parsed = parse(base);
    expect(parsed.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parsed.sections.every((s) => parsed.document.blocks[s.blockIndex].type === "paragraph")).toBe(true);
  });

  it("a list item in section 五 written with 一、 is not taken for a heading", () => {
    const parsed = parse(seedText("001_2a4087b0dbaec631"));
    expect(parsed.sections.map((s) => s.location.line)).toEqual([4, 14, 61, 351, 408, 414]);
  });

  it("known variants and unnumbered headings are recognised, with their numeral", () => {
    const text = replaceLine(base, "五、存在的主要问题及改进情况", "存在的主要问题及改进措施");
    const section = parse(text).sections.find((s) => s.number === 5)!;
    expect(section).toMatchObject({ numeral: null, title: "存在的主要问题及改进措施" });
  });

  it("a removed heading leaves its section out; reordered headings keep document order", () => {
    expect(numbers(replaceLine(base, "一、总体情况", "我镇总体工作情况如下，"))).toEqual([2, 3, 4, 5, 6]);
    const lines = base.split("\n");
    const five = lines.indexOf("五、存在的主要问题及改进情况");
    const six = lines.indexOf("六、其他需要报告的事项");
    [lines[five], lines[six]] = [lines[six], lines[five]];
    expect(numbers(lines.join("\n"))).toEqual([1, 2, 3, 4, 6, 5]);
  });

  it("a table caption under the heading is not a second heading", () => {
    for (const caption of ["表三 收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况统计表"]) {
      const text = replaceLine(base, "收到和处理政府信息公开申请情况", `收到和处理政府信息公开申请情况\n${caption}`);
      expect(parse(text).duplicates).toEqual([]);
    }
  });

  it("a second heading of the same section is kept as a duplicate", () => {
    const text = replaceLine(base, "（二）主动公开。", "二、主动公开政府信息情况");
    const parsed = parse(text);
    expect(parsed.duplicates.map((d) => d.number)).toEqual([2]);
  });
});

describe("title and agency", () => {
  it("an agency line, a title broken over lines, spaces around the year", () => {
    expect(parse("市机关事务局2023年政府信息公开工作\n\n年度报告\n正文").report.title).toBe("市机关事务局2023年政府信息公开工作年度报告");
    expect(parse("某某县人民政府\n2024年政府信息公开工作年度报告").report).toMatchObject({ agency: "某某县人民政府", year: 2024, agencyKind: "government" });
    expect(parse("某某县人民政府\n政府信息公开工作年度报告").report).toMatchObject({ title: "某某县人民政府政府信息公开工作年度报告", agency: "某某县人民政府", year: null });
    expect(parse("某某区 某某街道办事处 2022 年政府信息公开工作年度报告").report).toMatchObject({ agency: "某某区某某街道办事处", year: 2022, agencyKind: "township" });
  });

  it("no title among the first lines", () => {
    const parsed = parse("依据条例编制。\n一、总体情况\n正文");
    expect(parsed.title).toBeNull();
    expect(parsed.report).toMatchObject({ title: "", agency: "", year: null, agencyKind: "unknown" });
  });
});

describe("format version", () => {
  it("a 表二 written with the 2019 trial column names follows the old template", () => {
    expect(parse(withTrialTable2(seedText(SEED))).report.formatVersion).toBe("2019-trial");
  });

  it("one old column name in a 2021 表二 is a slip, not another format", () => {
    const text = seedText(SEED).replace("\t本年制发件数", "\t本年新制作数量");
    expect(parse(text).report.formatVersion).toBe("2021");
  });

  it("a report of the old regulation without the standard tables is pre-2019", () => {
    const text = "某局2015年政府信息公开工作年度报告\n一、概述\n全年申请总数5件，其中当面申请2件、信函申请3件。\n二、政府信息公开的收费及减免情况\n无。";
    expect(parse(text).report.formatVersion).toBe("pre-2019");
  });
});
