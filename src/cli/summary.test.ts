import { describe, expect, it } from "vitest";
import { fileError } from "../core/model/errors";
import type { CheckResult } from "../core/model/report";
import { formatResult, formatSummary } from "./summary";

const base = {
  format: "txt",
  checker: { version: "0.1.0", rules: "2021-30/1" },
  checkedAt: "2024-01-01T08:00:00+08:00",
  error: null,
} as const;

const checked: CheckResult = {
  ...base,
  file: "reports/亦庄镇.txt",
  report: {
    title: "北京市大兴区亦庄镇人民政府2023年政府信息公开工作年度报告",
    agency: "北京市大兴区亦庄镇人民政府",
    agencyKind: "township",
    year: 2023,
    formatVersion: "2021",
    sections: [],
    tables: {},
  },
  findings: [
    { rule: "structure/section-number-missing", severity: "warning", message: "第三部分标题缺少序号“三、”。", location: { kind: "text", line: 85, column: 1, endLine: 85, endColumn: 1 } },
    { rule: "table3/balance", severity: "error", message: "表三“自然人”列不符合勾稽关系。", location: { kind: "pdf", page: 4, box: [1, 2, 3, 4] } },
    { rule: "structure/preamble-missing", severity: "info", message: "建议说明编制依据。", location: { kind: "docx", block: 0 } },
    { rule: "structure/table-missing", severity: "error", message: "第三部分未使用统计表。", location: { kind: "file" } },
  ],
};

describe("formatResult", () => {
  it("shows file, agency, year, counts and each finding with its place", () => {
    expect(formatResult(checked)).toBe(
      [
        "reports/亦庄镇.txt",
        "  机关：北京市大兴区亦庄镇人民政府",
        "  年度：2023",
        "  错误 2 个，警告 1 个，提示 1 个",
        "  警告  structure/section-number-missing  第85行  第三部分标题缺少序号“三、”。",
        "  错误  table3/balance  第4页  表三“自然人”列不符合勾稽关系。",
        "  提示  structure/preamble-missing  第1段  建议说明编制依据。",
        "  错误  structure/table-missing  第三部分未使用统计表。",
      ].join("\n"),
    );
  });

  it("shows a file error in Chinese instead of findings", () => {
    const unreadable: CheckResult = { ...base, file: "empty.txt", error: fileError("empty-file") };
    expect(formatResult(unreadable)).toBe(`empty.txt\n  无法检查：${fileError("empty-file").message}`);
  });

  it("marks an agency or year that was not found", () => {
    const report = { ...checked.report!, agency: "", year: null };
    expect(formatResult({ ...checked, report, findings: [] })).toContain("  机关：（未识别）\n  年度：（未识别）\n  错误 0 个，警告 0 个，提示 0 个");
  });
});

describe("formatSummary", () => {
  it("ends with the totals", () => {
    const unreadable: CheckResult = { ...base, file: "x.bin", error: fileError("unsupported-format") };
    expect(formatSummary([checked, unreadable]).trimEnd().split("\n").at(-1)).toBe("共 2 个文件：1 个已检查，1 个无法检查。");
  });
});
