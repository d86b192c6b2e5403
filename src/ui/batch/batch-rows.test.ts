import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../core/model/report";
import { batchRow, sortRows, statusText, type BatchRow } from "./batch-rows";

const checked: CheckResult = {
  file: "a.txt",
  format: "txt",
  checker: { version: "0", rules: "0" },
  checkedAt: "2025-01-10T10:00:00+08:00",
  error: null,
  report: { title: "", agency: "甲局", agencyKind: "department", year: 2024, formatVersion: "2021", sections: [], tables: {} },
  findings: [
    { rule: "x/a", severity: "error", message: "", location: { kind: "file" } },
    { rule: "x/b", severity: "warning", message: "", location: { kind: "file" } },
    { rule: "x/c", severity: "warning", message: "", location: { kind: "file" } },
    { rule: "x/d", severity: "info", message: "", location: { kind: "file" } },
  ],
};

const unreadable: CheckResult = { ...checked, report: undefined, findings: undefined, error: { code: "legacy-word", message: "旧版 Word" } };

describe("batchRow", () => {
  it("counts errors and warnings of a checked file", () => {
    expect(batchRow("a.txt", { kind: "done" }, checked)).toMatchObject({ agency: "甲局", year: 2024, errors: 1, warnings: 2, status: "已完成", unreadable: false });
  });

  it("gives the reason a file could not be checked, and no counts", () => {
    expect(batchRow("b.doc", { kind: "done" }, unreadable)).toMatchObject({ errors: null, warnings: null, status: "无法检查：旧版 Word", unreadable: true });
    expect(batchRow("c.pdf", { kind: "failed", reason: "检查组件意外停止" }, null)).toMatchObject({ status: "无法检查：检查组件意外停止", unreadable: true });
  });
});

describe("statusText", () => {
  it("says where a check is, with the page of a PDF being read", () => {
    expect(statusText({ kind: "queued" }, null)).toBe("排队中");
    expect(statusText({ kind: "reading" }, null)).toBe("读取中");
    expect(statusText({ kind: "reading", done: 3, total: 12 }, null)).toBe("读取中 第3/12页");
    expect(statusText({ kind: "checking" }, null)).toBe("检查中");
    expect(statusText({ kind: "cancelled" }, null)).toBe("已取消");
  });
});

describe("sortRows", () => {
  const row = (name: string, errors: number | null, statusRank: number): BatchRow => ({
    name,
    agency: null,
    year: null,
    errors,
    warnings: null,
    status: "",
    unreadable: false,
    statusRank,
  });
  const rows = [row("乙.pdf", 2, 1), row("甲.pdf", null, 0), row("丙.pdf", 7, 1), row("a.txt", 0, 4)];

  it("sorts by a count either way, files without one last", () => {
    expect(sortRows(rows, "errors", "descending").map((each) => each.name)).toEqual(["丙.pdf", "乙.pdf", "a.txt", "甲.pdf"]);
    expect(sortRows(rows, "errors", "ascending").map((each) => each.name)).toEqual(["a.txt", "乙.pdf", "丙.pdf", "甲.pdf"]);
  });

  it("sorts by status, problems first", () => {
    expect(sortRows(rows, "status", "ascending").map((each) => each.name)).toEqual(["甲.pdf", "乙.pdf", "丙.pdf", "a.txt"]);
  });

  it("leaves the rows it was given in their order", () => {
    sortRows(rows, "errors", "ascending");
    expect(rows.map((each) => each.name)).toEqual(["乙.pdf", "甲.pdf", "丙.pdf", "a.txt"]);
  });
});
