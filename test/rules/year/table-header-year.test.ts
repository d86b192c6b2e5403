import { expect } from "vitest";
import { edited, seed } from "../../helpers/text-edits";
import { yearTableHeaderYear } from "../../../src/core/rules/year/table-header-year";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

const section3Heading = (year: string) => edited(seed("002"), "\n收到和处理政府信息公开申请情况\n", `\n三、${year}年收到和处理政府信息公开申请情况\n`);

testRule(yearTableHeaderYear, {
  valid: [
    { name: "the report's own year", text: section3Heading("2023") },
    // The seeds' value cells hold numbers.
    ...seedCases(),
  ],
  invalid: [
    {
      name: "a section heading with another year",
      text: section3Heading("2022"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "第三部分标题“三、2022年收到和处理政府信息公开申请情况”含“2022年”，与报告年度2023年不符。",
          expected: 2023,
          actual: 2022,
          location: expect.objectContaining({ line: 76 }),
        },
      ],
    },
    {
      name: "a caption before a table",
      text: edited(seed("003"), "二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n2022年度主动公开情况统计表\n"),
      findings: [{ severity: "warning", message: "第二部分表题“2022年度主动公开情况统计表”含“2022年”，与报告年度2023年不符。" }],
    },
    {
      name: "a table cell",
      text: edited(seed("003"), "信息内容\t本年收费金额（单位：万元）", "信息内容\t2022年收费金额（单位：万元）"),
      findings: [{ severity: "warning", actual: 2022, location: { line: 33 } }],
    },
  ],
});
