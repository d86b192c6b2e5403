import { describe, expect, it } from "vitest";
import { extractText } from "../../../src/core/extract/text";
import { parseDocument } from "../../../src/core/parse/index";
import { table2FeeDecimal } from "../../../src/core/rules/table2/fee-decimal";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table2/fee-decimal";
const CELL = "表二“行政事业性收费—本年收费金额（单位：万元）”";

describe(RULE, () => {
  const base = seed004();
  const fees = valueLine(base, "行政事业性收费", 0);
  const feesWritten = async (written: string) => runRule(RULE, withCells(base, [[fees, written]]));

  it("fires on an amount a township writes at 10000 or more, as if in 元", async () => {
    expect(await feesWritten("251000")).toEqual([
      {
        rule: RULE,
        severity: "warning",
        message: `${CELL}填写为“251000”：单位为万元，请核实是否误按“元”填报。`,
        actual: 251000,
        location: expect.objectContaining({ line: fees, column: 2, template: { table: "t2", row: "fees", column: "value" } }),
      },
    ]);
  });

  it.each([
    ["25.1万元", "单元格中带有单位，应只填写以万元为单位的数字"],
    ["1,234.5", "不应使用千分位分隔符"],
    ["0.1234567", "小数位数为7位，以万元为单位精确到分只需6位"],
    ["12,500元", "单元格中带有单位，应只填写以万元为单位的数字；不应使用千分位分隔符；单位为万元，请核实是否误按“元”填报"],
  ])("fires on %j", async (written, reasons) => {
    const findings = await feesWritten(written);
    expect(findings.map((finding) => finding.message)).toEqual([`${CELL}填写为“${written}”：${reasons}。`]);
  });

  it("does not fire on plain amounts, decimals up to 6 places (exact to the fen), or cells value-int reports", async () => {
    for (const written of ["0", "12.5", "9999.9999", "0.123456", "5949.088667", "", "/"]) expect(await feesWritten(written)).toEqual([]);
  });

  it("does not fire on a large amount when the agency is a 人民政府 of its own level", () => {
    const parsed = parseDocument(extractText(new TextEncoder().encode(withCells(base, [[fees, "7545"]]))));
    expect(parsed.report.agencyKind).toBe("township");
    expect(table2FeeDecimal.check({ parsed })).toHaveLength(0);
    const large = parseDocument(extractText(new TextEncoder().encode(withCells(base, [[fees, "75450"]]))));
    expect(table2FeeDecimal.check({ parsed: large })).toHaveLength(1);
    large.report.agencyKind = "government";
    expect(table2FeeDecimal.check({ parsed: large })).toEqual([]);
  });

  it("does not fire on a large amount of a city's department, nor on one with more decimals than 元 have", () => {
    const city = parseDocument(extractText(new TextEncoder().encode(withCells(base, [[fees, "75450"]]))));
    city.report.agency = "上海市人民政府办公厅";
    city.report.agencyKind = "department";
    expect(table2FeeDecimal.check({ parsed: city })).toEqual([]);
    const precise = parseDocument(extractText(new TextEncoder().encode(withCells(base, [[fees, "24252.311082"]]))));
    expect(precise.report.agencyKind).toBe("township");
    expect(table2FeeDecimal.check({ parsed: precise })).toEqual([]);
  });
});
