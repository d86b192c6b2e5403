import { describe, expect, it } from "vitest";
import { seedText, truth } from "../../helpers/seeds";
import { checkText } from "../../../src/core/check";
import type { CheckResult, Finding, Report, Table3Row, Tables } from "../../../src/core/model/report";
import { ruleById } from "../../../src/core/rules/index";
import {
  agencyYears,
  agencyYearsSummary,
  agencyYearsTable,
  frequentRulesSummary,
  frequentRulesTable,
  outcomeBreakdown,
  outcomeSummary,
  outcomeTable,
  severityPerFile,
  severitySummary,
  severityTable,
} from "../../../src/ui/charts/data";
import { frequentRules } from "../../../src/shared/frequent-rules";

function report(tables: Tables, year = 2024): Report {
  return { title: "", agency: "甲局", agencyKind: "department", year, formatVersion: "2021", sections: [], tables };
}

/** A 表三 row holding `total` in its 总计 column (the other columns do not matter to the charts). */
function t3Row(total: number | null): Table3Row {
  return { natural_person: total, commercial: 0, research: 0, social: 0, legal: 0, other: 0, total };
}

function truthReport(name: string): Report {
  const { tables, ...rest } = truth(name);
  return { ...rest, agencyKind: "unknown", sections: [], formatVersion: "2021", tables: tables as Tables };
}

const OUTCOME_LABELS = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "结转下年度"];

describe("outcomeBreakdown", () => {
  it("splits seed 004's （七）总计 by outcome as parsed from the text: 2 + 0 + 2 + 27 + 1 + 0 = 32, and 1 carried forward", async () => {
    const parsed = (await checkText("004.txt", seedText("004_7be0dca35fed79ae"))).report!;
    const outcomes = outcomeBreakdown(parsed);
    expect(outcomes.map((outcome) => outcome.label)).toEqual(OUTCOME_LABELS);
    expect(outcomes.map((outcome) => outcome.value)).toEqual([2, 0, 2, 27, 1, 0, 1]);
    expect(outcomes.slice(0, 6).reduce((sum, outcome) => sum + outcome.value!, 0)).toBe(parsed.tables.t3?.total?.total);
    expect(outcomeSummary(outcomes)).toBe("申请办理结果（表三总计列）：予以公开2件，部分公开0件，不予公开2件，无法提供27件，不予处理1件，其他处理0件，结转下年度1件。");
    expect(outcomeTable(parsed, outcomes).rows).toEqual([
      { label: "予以公开", cells: ["2"] },
      { label: "部分公开", cells: ["0"] },
      { label: "不予公开", cells: ["2"] },
      { label: "无法提供", cells: ["27"] },
      { label: "不予处理", cells: ["1"] },
      { label: "其他处理", cells: ["0"] },
      { label: "办结合计（（七）总计）", cells: ["32"] },
      { label: "结转下年度", cells: ["1"] },
    ]);
  });

  it("takes （六）其他处理 from its one row when the report collapsed it (hongze 2024)", () => {
    const hongze = truthReport("hongze-2024");
    expect(hongze.tables.t3?.other_no_correction).toBeUndefined();
    const outcomes = outcomeBreakdown(hongze);
    expect(outcomes.map((outcome) => outcome.value)).toEqual([50, 9, 3, 32, 1, 0, 0]);
    expect(outcomes.find((outcome) => outcome.key === "other")).toMatchObject({ value: 0, unfilled: 0, cells: 1 });
  });

  it("shows an empty or missing cell as 未填 and never adds it up as 0", () => {
    const partial = report({ t3: { disclosed: t3Row(4), withheld_security: t3Row(1), withheld_process: t3Row(null), carried_forward: t3Row(null) } });
    const outcomes = outcomeBreakdown(partial);
    expect(outcomes.map((outcome) => outcome.value)).toEqual([4, null, null, null, null, null, null]);
    const rows = outcomeTable(partial, outcomes).rows;
    expect(rows.find((row) => row.label === "部分公开")?.cells).toEqual(["未填"]);
    expect(rows.find((row) => row.label === "不予公开")?.cells).toEqual(["未填（8格中7格）"]);
    expect(rows.find((row) => row.label === "办结合计（（七）总计）")?.cells).toEqual(["未填"]);
    expect(outcomeSummary(outcomes)).toContain("予以公开4件，部分公开未填，不予公开未填");
    expect(outcomeBreakdown(report({})).every((outcome) => outcome.value === null)).toBe(true);
  });
});

function finding(rule: string, severity: Finding["severity"] = "error"): Finding {
  return { rule, severity, message: "", location: { kind: "file" } };
}

function result(file: string, findings: Finding[] | undefined, error: CheckResult["error"] = null): CheckResult {
  return { file, format: "txt", checker: { version: "0", rules: "0" }, checkedAt: "2025-01-10T10:00:00+08:00", error, findings };
}

describe("severityPerFile", () => {
  const batch = [
    result("甲.txt", [finding("a"), finding("b", "warning"), finding("c", "warning"), finding("d", "info")]),
    result("乙.doc", undefined, { code: "legacy-word", message: "旧版 Word" }),
    result("丙.txt", [finding("a"), finding("a"), finding("a")]),
    result("丁.txt", []),
  ];

  it("counts errors and warnings of each readable file, in the batch's order", () => {
    const files = severityPerFile(batch);
    expect(files).toEqual([
      { name: "甲.txt", errors: 1, warnings: 2 },
      { name: "丙.txt", errors: 3, warnings: 0 },
      { name: "丁.txt", errors: 0, warnings: 0 },
    ]);
    expect(severityTable(files)).toEqual({
      columns: ["文件", "错误", "警告"],
      rows: [
        { label: "甲.txt", cells: ["1", "2"] },
        { label: "丙.txt", cells: ["3", "0"] },
        { label: "丁.txt", cells: ["0", "0"] },
      ],
    });
    expect(severitySummary(files)).toBe("3个文件的错误和警告：共有错误4个、警告2个，错误最多的是“丙.txt”（3个）。");
    expect(severitySummary(severityPerFile([batch[3]]))).toBe("1个文件的错误和警告：共有错误0个、警告0个，都没有错误。");
  });
});

describe("frequentRules", () => {
  it("ranks rules by findings across the batch, counts the files they are in, and names them by title or id", () => {
    const batch = [
      result("甲.txt", [finding("table3/balance"), finding("x/unknown", "info"), finding("x/unknown", "info")]),
      result("乙.txt", [finding("table3/balance"), finding("x/unknown", "info"), finding("typo/dash", "info")]),
    ];
    const rules = frequentRules(batch, (id) => ruleById(id)?.title);
    expect(rules.map(({ rule, count, files }) => [rule, count, files])).toEqual([
      ["x/unknown", 3, 2],
      ["table3/balance", 2, 2],
      ["typo/dash", 1, 1],
    ]);
    expect(rules[0].label).toBe("x/unknown");
    expect(rules[1].label).toBe(ruleById("table3/balance")!.title);
    expect(frequentRulesTable(rules).rows[1]).toEqual({ label: ruleById("table3/balance")!.title, cells: ["table3/balance", "错误", "2", "2"] });
    expect(frequentRulesSummary(rules)).toBe(`出现最多的规则：“x/unknown”3次，“${rules[1].label}”2次，“${rules[2].label}”1次。`);
    expect(frequentRulesSummary([])).toBe("没有发现问题。");
  });

  it("keeps the ten most frequent of the seeds' findings, each with its rule's title", async () => {
    const seeds = ["000_5a9a8d2bc98e1d44", "001_2a4087b0dbaec631", "002_c4bd8f948bd08bc9", "003_f34c183db723c9dd", "004_7be0dca35fed79ae"] as const;
    const results = await Promise.all(seeds.map((id) => checkText(`${id}.txt`, seedText(id))));
    const allFindings = results.flatMap((checked) => checked.findings ?? []);
    const rules = frequentRules(results, (id) => ruleById(id)?.title);
    expect(new Set(allFindings.map((item) => item.rule)).size).toBeGreaterThan(10);
    expect(rules).toHaveLength(10);
    for (const rule of rules) {
      expect(rule.count).toBe(allFindings.filter((item) => item.rule === rule.rule).length);
      expect(rule.label).toBe(ruleById(rule.rule)!.title);
    }
    const counts = rules.map((rule) => rule.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const left = allFindings.filter((item) => !rules.some((rule) => rule.rule === item.rule));
    for (const item of left) expect(allFindings.filter((other) => other.rule === item.rule).length).toBeLessThanOrEqual(counts[9]);
  });
});

describe("agencyYears", () => {
  const year2022 = report({ t3: { new: t3Row(10), total: t3Row(9), carried_forward: t3Row(1) }, t4: { review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } } }, 2022);
  const t4Litigation = { upheld: 0, corrected: 0, other: 0, pending: 2, total: 2 };
  const year2023 = report(
    {
      t3: { new: t3Row(15), total: t3Row(null), carried_forward: t3Row(3) },
      t4: { review: { ...t4Litigation, total: 0 }, litigation_direct: t4Litigation, litigation_after_review: { ...t4Litigation, total: 3 } },
    },
    2023,
  );

  it("puts each year's key figures side by side, oldest first, 未填 where a figure is empty or its parts are", () => {
    const figures = agencyYears([
      { year: 2023, report: report({}) },
      { year: 2022, report: year2022 },
      { year: 2023, report: year2023 },
    ]);
    expect(figures.years).toEqual([2022, 2023]);
    expect(Object.fromEntries(figures.series.map((figure) => [figure.label, figure.values]))).toEqual({
      本年新收: [10, 15],
      "办结（（七）总计）": [9, null],
      结转下年度: [1, 3],
      行政复议总计: [1, 0],
      行政诉讼总计: [null, 5],
    });
    expect(agencyYearsTable(figures)).toEqual({
      columns: ["年度", "本年新收", "办结（（七）总计）", "结转下年度", "行政复议总计", "行政诉讼总计"],
      rows: [
        { label: "2022年", cells: ["10", "9", "1", "1", "未填"] },
        { label: "2023年", cells: ["15", "未填", "3", "0", "5"] },
      ],
    });
    expect(agencyYearsSummary("甲局", figures)).toBe(
      "甲局2022—2023年：本年新收10、15；办结（（七）总计）9、未填；结转下年度1、3；行政复议总计1、0；行政诉讼总计未填、5。",
    );
    expect(agencyYearsSummary("甲局", agencyYears([{ year: 2022, report: year2022 }]))).toMatch(/^甲局2022年：本年新收10；/);
  });
});
