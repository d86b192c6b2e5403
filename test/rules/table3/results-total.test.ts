import { describe, expect, it } from "vitest";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table3/results-total";

describe(RULE, () => {
  const base = seed004();

  it("fires per column whose （七）总计 is not the sum of the result rows", async () => {
    const disclosed = valueLine(base, "（一）予以公开", 0);
    const text = withCells(base, [[disclosed, "3"], [disclosed + 6, "3"]]);
    const totalLine = valueLine(base, "（七）总计", 0);
    expect(runRule(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表三“自然人”列：（一）至（六）各项之和为33，但“（七）总计”填写为32。",
        expected: 33,
        actual: 32,
        location: expect.objectContaining({ line: totalLine, column: 2, template: { table: "t3", row: "total", column: "natural_person" } }),
      },
      {
        rule: RULE,
        severity: "error",
        message: "表三“总计”列：（一）至（六）各项之和为33，但“（七）总计”填写为32。",
        expected: 33,
        actual: 32,
        location: expect.objectContaining({ line: totalLine + 6, template: { table: "t3", row: "total", column: "total" } }),
      },
    ]);
  });

  it("does not fire when counts move between result rows of a column", async () => {
    const disclosed = valueLine(base, "（一）予以公开", 0);
    const notHeld = valueLine(base, "1.本机关不掌握相关政府信息", 0);
    const text = withCells(base, [[disclosed, "3"], [disclosed + 6, "3"], [notHeld, "26"], [notHeld + 6, "26"]]);
    expect(runRule(RULE, text)).toEqual([]);
  });

  it("does not add up a column with a blank result cell", async () => {
    const disclosed = valueLine(base, "（一）予以公开", 0);
    expect(runRule(RULE, withCells(base, [[disclosed, ""]]))).toEqual([]);
  });

  it("uses （六）其他处理 as one row when the document collapsed its three sub-rows", async () => {
    const lines = base.split("\n");
    const start = lines.indexOf("\t（六）其他处理");
    const end = valueLine(base, "3.其他", 6);
    lines.splice(start, end - start, "\t（六）其他处理", "\t1", ...Array(5).fill("\t0"), "\t1");
    const collapsed = lines.join("\n");
    const totalLine = valueLine(collapsed, "（七）总计", 0);
    const findings = runRule(RULE, collapsed);
    expect(findings.map((f) => [f.location.template?.column, f.location.line, f.expected, f.actual])).toEqual([
      ["natural_person", totalLine, 33, 32],
      ["total", totalLine + 6, 33, 32],
    ]);
  });
});
