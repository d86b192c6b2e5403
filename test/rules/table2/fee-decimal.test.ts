import { describe, expect, it } from "vitest";
import { extractText } from "../../../src/core/extract/text";
import { parseDocument } from "../../../src/core/parse/index";
import { table2FeeDecimal } from "../../../src/core/rules/table2/fee-decimal";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { testRule } from "../../helpers/rule-tester";

const CELL = "表二“行政事业性收费—本年收费金额（单位：万元）”";
const base = seed004();
const fees = valueLine(base, "行政事业性收费", 0);
const feesWritten = (written: string) => withCells(base, [[fees, written]]);

testRule(table2FeeDecimal, {
  // Plain amounts, decimals up to 6 places (exact to the fen), and cells value-int reports.
  valid: ["0", "12.5", "9999.9999", "0.123456", "5949.088667", "", "/"].map((written) => ({ name: JSON.stringify(written), text: feesWritten(written) })),
  invalid: [
    {
      name: "an amount a township writes at 10000 or more, as if in 元",
      text: feesWritten("251000"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: `${CELL}填写为“251000”：单位为万元，请核实是否误按“元”填报。`,
          actual: 251000,
          location: expect.objectContaining({ line: fees, column: 2, template: { table: "t2", row: "fees", column: "value" } }),
        },
      ],
    },
    ...[
      ["25.1万元", "单元格中带有单位，应只填写以万元为单位的数字"],
      ["1,234.5", "不应使用千分位分隔符"],
      ["0.1234567", "小数位数为7位，以万元为单位精确到分只需6位"],
      ["12,500元", "单元格中带有单位，应只填写以万元为单位的数字；不应使用千分位分隔符；单位为万元，请核实是否误按“元”填报"],
    ].map(([written, reasons]) => ({
      name: JSON.stringify(written),
      text: feesWritten(written),
      findings: [{ severity: "warning" as const, message: `${CELL}填写为“${written}”：${reasons}。` }],
    })),
  ],
});

// The agency's kind and name as the parse would have read them otherwise: the rule's check on an edited parse.
describe("table2/fee-decimal", () => {
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
