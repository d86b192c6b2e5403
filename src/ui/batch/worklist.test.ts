import { describe, expect, it } from "vitest";
import type { CheckResult, Finding, Severity } from "../../core/model/report";
import { findingKey } from "../../shared/finding-key";
import { batchRow } from "./batch-rows";
import { firstError, groupByAgency, reviewOf, worklist, type WorkRow, type WorklistQuery } from "./worklist";

function finding(severity: Severity, message: string, line: number): Finding {
  return { rule: `x/${severity}`, severity, message, location: { kind: "text", line, column: 1, endLine: line, endColumn: 1 } };
}

function result(agency: string, findings: Finding[]): CheckResult {
  return {
    file: `${agency}.txt`,
    format: "txt",
    checker: { version: "0", rules: "0" },
    checkedAt: "2025-01-10T10:00:00+08:00",
    error: null,
    report: { title: "", agency, agencyKind: "department", year: 2024, formatVersion: "2021", sections: [], tables: {} },
    findings,
  };
}

function row(name: string, checked: CheckResult | null, decided: Finding[] = []): WorkRow & { id: string } {
  const decisions = Object.fromEntries(decided.map((item) => [findingKey(item), { status: "verified" as const, note: "" }]));
  return { id: name, ...batchRow(name, checked ? { kind: "done" } : { kind: "checking" }, checked), review: reviewOf(checked, decisions), firstError: firstError(checked), counted: true };
}

const e1 = finding("error", "合计不等于各项之和", 3);
const e2 = finding("error", "年度不一致", 9);
const w1 = finding("warning", "标题格式", 1);
const i1 = finding("info", "提示", 2);

const dongcheng = row("东城.txt", result("北京市东城区人民政府办公室", [w1, e1, i1]), [e1]);
const dongchengAbbrev = row("东城政府办.txt", result("东城区政府办", [e2, e1, w1]), [e1, e2, w1]);
const xicheng = row("西城.txt", result("北京市西城区信访办公室", [w1]));
const clean = row("亦庄.txt", result("北京市大兴区亦庄镇人民政府", [i1]));
const running = row("排队.pdf", null);
/** A second copy of 西城.txt: shown with its figures, not counted again. */
const xichengCopy = { ...xicheng, id: "西城（副本）.txt", name: "西城（副本）.txt", counted: false };
const rows = [dongcheng, xicheng, running, dongchengAbbrev, clean, xichengCopy];

const AUDIT: WorklistQuery = { sort: null, direction: "ascending", filter: "all", text: "" };
const shown = (query: Partial<WorklistQuery>) => worklist(rows, { ...AUDIT, ...query }).map((group) => [group.agency, group.rows.map((item) => item.id)]);

describe("the audit worklist", () => {
  it("counts the errors and warnings marked, and gives the first error", () => {
    expect(dongcheng.review).toEqual({ done: 1, total: 2 });
    expect(dongchengAbbrev.review).toEqual({ done: 3, total: 3 });
    expect(clean.review).toEqual({ done: 0, total: 0 });
    expect(running.review).toBeNull();
    expect(dongcheng.firstError).toBe("合计不等于各项之和");
    expect(xicheng.firstError).toBeNull();
  });

  it("groups the same agency under its fullest name, ranks agencies by errors, each agency's reports by errors, unread agencies last", () => {
    const groups = groupByAgency(rows);
    expect(groups.map((group) => [group.agency, group.errors, group.warnings])).toEqual([
      ["北京市东城区人民政府办公室", 3, 2],
      ["北京市西城区信访办公室", 0, 1],
      ["北京市大兴区亦庄镇人民政府", 0, 0],
      [null, 0, 0],
    ]);
    expect(shown({})).toEqual([
      ["北京市东城区人民政府办公室", ["东城政府办.txt", "东城.txt"]],
      ["北京市西城区信访办公室", ["西城.txt", "西城（副本）.txt"]],
      ["北京市大兴区亦庄镇人民政府", ["亦庄.txt"]],
      [null, ["排队.pdf"]],
    ]);
  });

  it("filters by errors, warnings and review, and searches names, agencies (abbreviations too) and first errors", () => {
    expect(shown({ filter: "errors" })).toEqual([["北京市东城区人民政府办公室", ["东城政府办.txt", "东城.txt"]]]);
    expect(shown({ filter: "warnings" }).map(([agency]) => agency)).toEqual(["北京市东城区人民政府办公室", "北京市西城区信访办公室"]);
    expect(shown({ filter: "unreviewed" })).toEqual([
      ["北京市东城区人民政府办公室", ["东城.txt"]],
      ["北京市西城区信访办公室", ["西城.txt", "西城（副本）.txt"]],
    ]);
    expect(shown({ filter: "reviewed" })).toEqual([
      ["北京市东城区人民政府办公室", ["东城政府办.txt"]],
      ["北京市大兴区亦庄镇人民政府", ["亦庄.txt"]],
    ]);
    expect(shown({ text: "西城" })).toEqual([["北京市西城区信访办公室", ["西城.txt", "西城（副本）.txt"]]]);
    expect(shown({ text: "年度不一致" })).toEqual([["北京市东城区人民政府办公室", ["东城政府办.txt"]]]);
    expect(shown({ text: "东城区人民政府办公室" }).flatMap(([, names]) => names)).toEqual(["东城政府办.txt", "东城.txt"]);
  });

  it("a chosen column sorts each agency's reports and orders the agencies by their first report", () => {
    // By pinyin: dōng, xī, yì.
    expect(shown({ sort: "name", direction: "ascending" })).toEqual([
      ["北京市东城区人民政府办公室", ["东城.txt", "东城政府办.txt"]],
      ["北京市西城区信访办公室", ["西城.txt", "西城（副本）.txt"]],
      ["北京市大兴区亦庄镇人民政府", ["亦庄.txt"]],
      [null, ["排队.pdf"]],
    ]);
    expect(shown({ sort: "errors", direction: "ascending" }).map(([agency]) => agency)).toEqual([
      "北京市西城区信访办公室",
      "北京市大兴区亦庄镇人民政府",
      "北京市东城区人民政府办公室",
      null,
    ]);
  });
});
