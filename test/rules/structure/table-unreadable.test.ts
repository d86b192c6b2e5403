import { describe, expect, it } from "vitest";
import { BASE_REPORT } from "../../helpers/base-report";
import { runRule } from "../../helpers/rule-tester";

const RULE = "structure/table-unreadable";

/** The report with every line run together, tabs dropped: cells of a row become one string of figures. */
const oneLine = (text: string) => text.split("\n").map((line) => line.replace(/\t/g, "").trim()).join("");

describe(RULE, () => {
  it("stays silent when the tables are tables", async () => {
    expect(runRule(RULE, BASE_REPORT)).toEqual([]);
  });

  it("names each run-together table once, with a quote of its cells, instead of reporting it missing", async () => {
    const text = oneLine(BASE_REPORT);
    const findings = runRule(RULE, text);
    expect(findings.map((finding) => finding.message.slice(0, 2))).toEqual(["表二", "表三", "表四"]);
    expect(findings.every((finding) => finding.severity === "info" && finding.location.line === 1)).toBe(true);
    expect(findings[0].message).toContain("规章000行政规范性文件2015");
    expect(findings[0].message).toContain("分不清每个数字属于哪一格");
    expect(runRule("structure/table-missing", text)).toEqual([]);
  });

  it("leaves a table described in words to structure/table-missing", async () => {
    const text = BASE_REPORT.replace(/二、主动公开政府信息情况[\s\S]*?(?=三、收到和处理)/, "二、主动公开政府信息情况\n本年制发规章0件，行政规范性文件2件，现行有效15件；行政许可35件。\n");
    expect(runRule(RULE, text)).toEqual([]);
    expect(runRule("structure/table-missing", text).map((finding) => finding.location.template?.table)).toEqual(["t2"]);
  });
});
