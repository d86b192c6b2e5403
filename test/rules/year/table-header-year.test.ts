import { describe, expect, it } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { yearTableHeaderYear } from "../../../src/core/rules/year/table-header-year";
import { runRule } from "../../helpers/rule-tester";

describe("year/table-header-year", () => {
  it("fires on a section heading with another year", () => {
    const text = edited(seed("002"), "\n收到和处理政府信息公开申请情况\n", "\n三、2022年收到和处理政府信息公开申请情况\n");
    expect(runRule(yearTableHeaderYear, text)).toEqual([
      {
        rule: "year/table-header-year",
        severity: "warning",
        message: "第三部分标题“三、2022年收到和处理政府信息公开申请情况”含“2022年”，与报告年度2023年不符。",
        expected: 2023,
        actual: 2022,
        location: expect.objectContaining({ line: 76 }),
      },
    ]);
  });

  it("fires on a caption before a table and on a table cell", () => {
    const caption = edited(seed("003"), "二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n2022年度主动公开情况统计表\n");
    expect(runRule(yearTableHeaderYear, caption)).toMatchObject([{ message: "第二部分表题“2022年度主动公开情况统计表”含“2022年”，与报告年度2023年不符。" }]);
    const cell = edited(seed("003"), "信息内容\t本年收费金额（单位：万元）", "信息内容\t2022年收费金额（单位：万元）");
    expect(runRule(yearTableHeaderYear, cell)).toMatchObject([{ actual: 2022, location: { line: 33 } }]);
  });

  it("does not fire on the report's own year, on numbers in value cells, or on the seeds", () => {
    const own = edited(seed("002"), "\n收到和处理政府信息公开申请情况\n", "\n三、2023年收到和处理政府信息公开申请情况\n");
    expect(runRule(yearTableHeaderYear, own)).toEqual([]);
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(yearTableHeaderYear, seed(prefix))).toEqual([]);
  });
});
