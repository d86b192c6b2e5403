import { describe, expect, it } from "vitest";
import { checkText } from "../../../src/core/check";
import { BASE_REPORT, removeLines, replaceLine } from "../../helpers/base-report";
import { titlePattern } from "../../../src/core/rules/structure/title-pattern";
import { testRule } from "../../helpers/rule-tester";

const TITLE_LINE = "2023年政府信息公开工作年度报告";
const retitled = (title: string) => replaceLine(BASE_REPORT, TITLE_LINE, title);
/** Year first, or a place alone for its people's government: accepted, and the agency read from it. */
const OTHER_ORDERS = [
  ["2019年北京市某某区城市管理委员会政府信息公开工作年度报告", "北京市某某区城市管理委员会", "department", 2019],
  ["2019年度北京市某某区城市管理委员会政府信息公开工作年度报告", "北京市某某区城市管理委员会", "department", 2019],
  ["上海市2020年政府信息公开工作年度报告", "上海市", "government", 2020],
  ["2020年上海市政府信息公开工作年度报告", "上海市", "government", 2020],
  ["某某新区2021年政府信息公开工作年度报告", "某某新区", "government", 2021],
  ["某某镇2021年政府信息公开工作年度报告", "某某镇", "township", 2021],
] as const;
const titledOnly = (title: string) => removeLines(retitled(title), "北京市某某区城市管理委员会", title);

testRule(titlePattern, {
  valid: [
    { name: "the standard title, with the agency on a line of its own", text: BASE_REPORT },
    { name: "“2023年度”", text: retitled("2023年度政府信息公开工作年度报告") },
    { name: "spaces around the year", text: retitled(" 2023 年政府信息公开工作年度报告") },
    ...OTHER_ORDERS.map(([title]) => ({ name: title, text: titledOnly(title) })),
  ],
  invalid: [
    {
      name: "a title that names the report otherwise",
      text: retitled("2023年政务公开工作年度报告"),
      findings: [
        {
          severity: "warning",
          message:
            "标题“北京市某某区城市管理委员会2023年政务公开工作年度报告”与规定名称不符，应为“政府信息公开工作年度报告”，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。",
          actual: "北京市某某区城市管理委员会2023年政务公开工作年度报告",
          location: { line: 1, endLine: 2 },
        },
      ],
    },
    {
      name: "a title without a year",
      text: removeLines(retitled("北京市某某区城市管理委员会政府信息公开工作年度报告"), "北京市某某区城市管理委员会", "北京市某某区城市管理委员会政府信息公开工作年度报告"),
      findings: [
        {
          severity: "warning",
          message: "标题“北京市某某区城市管理委员会政府信息公开工作年度报告”缺少报告年度，标准写法为“××（机关全称）20××年政府信息公开工作年度报告”。",
        },
      ],
    },
    {
      name: "a title without the agency",
      text: removeLines(BASE_REPORT, "北京市某某区城市管理委员会", TITLE_LINE),
      findings: [{ severity: "warning", message: expect.stringContaining("标题“2023年政府信息公开工作年度报告”缺少机关名称"), location: { line: 1 } }],
    },
  ],
});

describe("structure/title-pattern: the titles it accepts in another order", () => {
  it.each(OTHER_ORDERS)("“%s” is read with its agency and year", async (title, agency, kind, year) => {
    const { report } = await checkText("report.txt", titledOnly(title));
    expect([report?.title, report?.agency, report?.agencyKind, report?.year]).toEqual([title, agency, kind, year]);
  });
});
