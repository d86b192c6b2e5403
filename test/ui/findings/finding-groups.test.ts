import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../../src/cli/extractors";
import { checkFile, checkText } from "../../../src/core/check";
import { findingPlaces, type CheckResult, type Finding, type Section } from "../../../src/core/model/report";
import { seedText } from "../../helpers/seeds";
import { NO_FILTER, groupFindings, listedOrder, ruleCounts, sectionLabel, sectionOf, stepThrough } from "../../../src/ui/findings/finding-groups";

function sectionsOf(result: CheckResult, rule: string): number[] {
  const sections = result.report?.sections ?? [];
  // A finding with several places, at each of them.
  const atPlaces = (finding: Finding) => findingPlaces(finding).map((location) => ({ ...finding, location }));
  return (result.findings ?? []).filter((finding) => finding.rule === rule).flatMap(atPlaces).map((finding) => sectionOf(finding, sections));
}

async function checkedFile(path: string): Promise<CheckResult> {
  return checkFile({ name: path, bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors });
}

describe("sectionOf", () => {
  it("puts a text finding under the heading above it, and the lines before 一、总体情况 under the title", async () => {
    // 亦庄镇: line 5 (the introduction) comes before 一、总体情况 on line 7; the unnumbered headings of
    // the third and fourth sections are on lines 85 and 373.
    const result = await checkText("004.txt", seedText("004_7be0dca35fed79ae"));
    expect(sectionsOf(result, "typo/halfwidth-punct-in-cjk")).toEqual([0]);
    expect(sectionsOf(result, "section1/govt-assessment")).toEqual([1]);
    expect(sectionsOf(result, "structure/section-number-missing")).toEqual([3, 4]);
  });

  it("orders the blocks of a DOCX the same way", async () => {
    const result = await checkedFile("test/fixtures/generated/004_7be0dca35fed79ae.docx");
    expect(sectionsOf(result, "typo/halfwidth-punct-in-cjk")).toEqual([0]);
    expect(sectionsOf(result, "structure/section-number-missing")).toEqual([3, 4]);
  });

  it("reads a PDF page from the top down", async () => {
    const result = await checkedFile("test/fixtures/real/hongze-2024.pdf");
    // Near the foot of page 1, under 一、总体情况 higher up on that page.
    expect(sectionsOf(result, "text/t3-new")).toEqual([1]);
    // Table three runs from page 3 onto page 4.
    expect(sectionsOf(result, "structure/table-altered")).toEqual([3, 3]);
    expect(sectionsOf(result, "section6/fee-statement-incomplete")).toEqual([6]);
  });
});

describe("sectionOf a table cell", () => {
  it("is the section that holds the table, wherever the cell was found", () => {
    const sections: Section[] = [{ number: 4, title: "", heading: "四、", location: { kind: "text", line: 5, column: 1, endLine: 5, endColumn: 1 } }];
    const cell: Finding = { rule: "table3/row-total", severity: "error", message: "", location: { kind: "text", line: 9, column: 2, endLine: 9, endColumn: 4, template: { table: "t3", row: "total", column: "total" } } };
    expect(sectionOf(cell, sections)).toBe(3);
  });
});

describe("groupFindings", () => {
  const finding = (rule: string, severity: Finding["severity"], line: number): Finding => ({ rule, severity, message: rule, location: { kind: "text", line, column: 1, endLine: line, endColumn: 1 } });
  const sections: Section[] = [
    { number: 1, title: "总体情况", heading: "一、总体情况", location: { kind: "text", line: 10, column: 1, endLine: 10, endColumn: 1 } },
    { number: 2, title: "主动公开政府信息情况", heading: "二、主动公开政府信息情况", location: { kind: "text", line: 20, column: 1, endLine: 20, endColumn: 1 } },
  ];
  const findings = [
    finding("typo/a", "info", 25),
    finding("typo/b", "error", 22),
    finding("typo/a", "error", 12),
    finding("typo/c", "warning", 3),
    finding("typo/b", "error", 11),
  ];

  it("lists errors first, then by section, then in reading order", () => {
    const groups = groupFindings(findings, sections);
    expect(groups.map((group) => group.severity)).toEqual(["error", "warning", "info"]);
    expect(groups[0].sections.map((section) => [section.section, section.findings.map((item) => item.index)])).toEqual([
      [1, [4, 2]],
      [2, [1]],
    ]);
    expect(groups[1].sections[0].section).toBe(0);
    expect(listedOrder(groups)).toEqual([4, 2, 1, 3, 0]);
  });

  it("shows only the chosen severities and rule", () => {
    expect(listedOrder(groupFindings(findings, sections, { severities: ["warning", "info"], rule: null }))).toEqual([3, 0]);
    expect(listedOrder(groupFindings(findings, sections, { ...NO_FILTER, rule: "typo/b" }))).toEqual([4, 1]);
    expect(groupFindings(findings, sections, { severities: ["warning"], rule: "typo/b" })).toEqual([]);
  });

  it("counts the rules for the rule filter", () => {
    expect(ruleCounts(findings)).toEqual([
      { rule: "typo/a", count: 2 },
      { rule: "typo/b", count: 2 },
      { rule: "typo/c", count: 1 },
    ]);
  });
});

describe("sectionLabel", () => {
  it("names a section in the template's words", () => {
    expect(sectionLabel(3)).toBe("三、收到和处理政府信息公开申请情况");
    expect(sectionLabel(0)).toBe("标题与开头");
  });
});

describe("stepThrough", () => {
  it("moves along the listed order and stops at either end", () => {
    const order = [4, 2, 1];
    expect(stepThrough(order, null, 1)).toBe(4);
    expect(stepThrough(order, null, -1)).toBe(1);
    expect(stepThrough(order, 4, 1)).toBe(2);
    expect(stepThrough(order, 2, -1)).toBe(4);
    expect(stepThrough(order, 1, 1)).toBe(1);
    expect(stepThrough(order, 4, -1)).toBe(4);
    expect(stepThrough([], null, 1)).toBeNull();
  });

  it("starts over from an end when the selected finding is filtered out", () => {
    expect(stepThrough([4, 2], 7, 1)).toBe(4);
  });
});
