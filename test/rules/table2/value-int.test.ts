import { describe, expect, it } from "vitest";
import { blankValues, seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table2/value-int";

describe(RULE, () => {
  const base = seed004();
  const penalty = valueLine(base, "行政处罚", 0);
  const fees = valueLine(base, "行政事业性收费", 0);

  it.each([
    ["", "表二“行政处罚—本年处理决定数量”为空，应填写非负整数（无则填0）。"],
    ["/", "表二“行政处罚—本年处理决定数量”填写为“/”，应填写非负整数（无则填0）。"],
    ["无", "表二“行政处罚—本年处理决定数量”填写为“无”，应填写非负整数（无则填0）。"],
    ["-3", "表二“行政处罚—本年处理决定数量”填写为“-3”，应填写非负整数。"],
    ["10.5", "表二“行政处罚—本年处理决定数量”填写为“10.5”，应填写非负整数。"],
  ])("fires on a count written %j", async (written, message) => {
    expect(runRule(RULE, withCells(base, [[penalty, written]]))).toEqual([
      {
        rule: RULE,
        severity: "error",
        message,
        location: expect.objectContaining({ line: penalty, column: 2, template: { table: "t2", row: "penalty", column: "value" } }),
      },
    ]);
  });

  it("names the columns of 第二十条第（一）项", async () => {
    const inForce = valueLine(base, "行政规范性文件", 2);
    const [finding] = runRule(RULE, withCells(base, [[inForce, "/"]]));
    expect(finding.message).toBe("表二“行政规范性文件—现行有效件数”填写为“/”，应填写非负整数（无则填0）。");
    expect(finding.location).toMatchObject({ line: inForce, template: { table: "t2", row: "normative_documents", column: "in_force" } });
  });

  it("accepts a decimal amount in 行政事业性收费 but not a negative or empty one", async () => {
    expect(runRule(RULE, withCells(base, [[fees, "12.35"]]))).toEqual([]);
    const [negative] = runRule(RULE, withCells(base, [[fees, "-1.5"]]));
    expect(negative.message).toBe("表二“行政事业性收费—本年收费金额（单位：万元）”填写为“-1.5”，应填写以万元为单位的非负数。");
    const [empty] = runRule(RULE, withCells(base, [[fees, ""]]));
    expect(empty.message).toBe("表二“行政事业性收费—本年收费金额（单位：万元）”为空，应填写以万元为单位的非负数（无则填0）。");
  });

  it("leaves an all-blank table to structure/table-empty", async () => {
    const blanked = blankValues(base, valueLine(base, "规章", 0), fees);
    expect(runRule(RULE, blanked)).toEqual([]);
    const [blanks, ...rest] = runRule(RULE, withCells(blanked, [[penalty, "1044"]]));
    expect(rest).toEqual([]);
    expect(blanks.message).toBe("表二有9个单元格为空（“规章”“行政规范性文件”“行政许可”等5行），应填写数值（无则填0）。");
    expect(blanks.places).toHaveLength(9);
  });
});
