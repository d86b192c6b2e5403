/**
 * The charts in Chromium, where the app shows them: a report's outcome breakdown (图表 tab of 单个报告), the
 * batch's errors and warnings per file and most frequent rules (the batch's 图表), an agency's figures over
 * the years (历史记录 → 机关 → 历年数字). Each canvas must be drawn on, in the app's colours, and its data
 * table must give the figures of the truth files (or of the core run in Node), computed here, not by the
 * chart code. Chart.js is loaded only when a chart is first shown.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { SEVERITY_LABELS, type CheckResult, type Tables } from "../../src/core/model/report";
import { ruleById } from "../../src/core/rules/index";
import { inYear } from "../helpers/history";
import { seed004, valueLine, withCells } from "../helpers/seed-edits";
import { COLORS, SEVERITY_COLORS } from "../../src/ui/charts/palette";
import { truth } from "../helpers/seeds";
import { batchFinished, dropFiles, openFromBatch, showBatch } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const OUTPUT = resolve("test-output");
const SEED_004 = "public/samples/004_7be0dca35fed79ae.txt";
const HONGZE = "test/fixtures/real/hongze-2024.pdf";
const DOCX_002 = "test/fixtures/generated/002_c4bd8f948bd08bc9.docx";
const TXT_000 = "public/samples/000_5a9a8d2bc98e1d44.txt";
/** Chart.js's chunk, and ours that load it with the bar or the line parts. */
const CHART_CHUNK = /\/assets\/((?:bar-|line-)?chart)-[\w-]+\.js$/;

type T3 = NonNullable<Tables["t3"]>;

/** A 表三 row's 总计 as the table shows it. */
function t3Total(t3: T3, row: string): number | null {
  return t3[row]?.total ?? null;
}

/** The 总计 cells of the rows whose key starts with `prefix`, added up (every one of them is filled in the truth files). */
function t3Sum(t3: T3, prefix: string): number {
  return Object.entries(t3)
    .filter(([row]) => row.startsWith(prefix))
    .reduce((sum, [, cells]) => sum + cells!.total!, 0);
}

/** The outcome table a truth file calls for: （六）其他处理 is its own row `other_total` when the report has one. */
function expectedOutcomes(t3: T3): [string, number | null][] {
  const other = t3.other_total ? t3Total(t3, "other_total") : t3Sum(t3, "other_");
  return [
    ["予以公开", t3Total(t3, "disclosed")],
    ["部分公开", t3Total(t3, "partly_disclosed")],
    ["不予公开", t3Sum(t3, "withheld_")],
    ["无法提供", t3Sum(t3, "unavailable_")],
    ["不予处理", t3Sum(t3, "rejected_")],
    ["其他处理", other],
    ["办结合计（（七）总计）", t3Total(t3, "total")],
    ["结转下年度", t3Total(t3, "carried_forward")],
  ];
}

function truthT3(name: string): T3 {
  return (truth(name).tables as Tables).t3!;
}

/** The chart's data table as shown: the heading row, then each row's label and cells. */
function shownTable(chart: Locator): Promise<string[][]> {
  return chart.locator("table tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? "")));
}

/** The chart's canvas pixels that are drawn on, and those of each colour asked for (`#rrggbb`, fully opaque). */
function canvasPixels(chart: Locator, colors: string[]): Promise<{ drawn: number; byColor: number[] }> {
  return chart.locator("canvas").evaluate((canvas: HTMLCanvasElement, colors) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    const wanted = colors.map((color) => [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16)));
    const byColor = colors.map(() => 0);
    let drawn = 0;
    for (let at = 0; at < data.length; at += 4) {
      if (data[at + 3] === 0) continue;
      drawn++;
      wanted.forEach(([red, green, blue], index) => {
        if (data[at] === red && data[at + 1] === green && data[at + 2] === blue && data[at + 3] === 255) byColor[index]++;
      });
    }
    return { drawn, byColor };
  }, colors);
}

/** Waits until the chart's canvas is drawn on and shows every colour asked for in solid areas (bars, lines). */
async function expectDrawn(chart: Locator, colors: string[]): Promise<void> {
  await expect
    .poll(async () => {
      const { drawn, byColor } = await canvasPixels(chart, colors);
      return drawn > 1000 && byColor.every((count) => count > 20);
    })
    .toBe(true);
}

/** Waits until the chart has stopped moving (Chart.js animates unless the user asks for less motion). */
async function settled(chart: Locator): Promise<void> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const { drawn } = await canvasPixels(chart, []);
        const still = drawn === last;
        last = drawn;
        return still;
      },
      { interval: 300 },
    )
    .toBe(true);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT, name), fullPage: true });
}

/** Opens 图表 of the report shown and returns its outcome chart. */
async function outcomeChart(report: Locator): Promise<Locator> {
  await report.getByRole("tab", { name: "图表" }).click();
  return report.locator('figure[data-chart="outcome"]');
}

async function checkedInNode(path: string): Promise<CheckResult> {
  return checkFile({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors });
}

describe("the charts", () => {
  const app = appSession();

  it("draws where seed 004's and hongze 2024's applications went, with their truth files' figures, Chart.js loaded only then", async () => {
    const watched = await app.open();
    const { page } = watched;
    const chartChunks = () => watched.requests.flatMap((url) => CHART_CHUNK.exec(url)?.[1] ?? []).sort();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await dropFiles(page, [SEED_004, HONGZE]);
    await batchFinished(page, 2);

    for (const [path, truthName] of [
      [SEED_004, "004_7be0dca35fed79ae"],
      [HONGZE, "hongze-2024"],
    ]) {
      const report = await openFromBatch(page, basename(path));
      if (path === SEED_004) expect(chartChunks()).toEqual([]);
      const chart = await outcomeChart(report);
      const expected = expectedOutcomes(truthT3(truthName));
      const shown = expected.map(([label, value]) => [label, String(value)]);
      await expect(chart.locator("figcaption").textContent()).resolves.toBe("申请办理结果（表三总计列）");
      // 予以公开 in the app's green; 不予公开 and 无法提供 in the error and warning colours (all above 0 in both reports).
      expect(expected.filter(([label]) => ["予以公开", "不予公开", "无法提供"].includes(label)).every(([, value]) => value! > 0)).toBe(true);
      await expectDrawn(chart, [COLORS.ok, SEVERITY_COLORS.error, SEVERITY_COLORS.warning]);
      await expect(shownTable(chart)).resolves.toEqual([["办理结果", "件数"], ...shown]);

      const canvas = chart.getByRole("img");
      const label = (await canvas.getAttribute("aria-label")) ?? "";
      for (const [outcome, value] of expected.filter(([outcome]) => !outcome.startsWith("办结"))) expect(label).toContain(`${outcome}${value}件`);
      await chart.getByText("查看数据表").click();
      await expect(chart.locator("table").isVisible()).resolves.toBe(true);
      if (path === SEED_004) await screenshot(page, "charts-report.png");
    }
    expect(chartChunks()).toEqual(["bar-chart", "chart"]);
  });

  // Animated: the user has not asked for less motion.
  it("draws the batch's errors and warnings per file and its most frequent rules, as the core counts them", async () => {
    const files = [TXT_000, DOCX_002, SEED_004, HONGZE];
    const { page } = await app.open();
    await dropFiles(page, files);
    await batchFinished(page, files.length);
    const results = await Promise.all(files.map(checkedInNode));

    await showBatch(page);
    await page.locator(".batch-charts summary").click();
    const perFile = page.locator('figure[data-chart="batch-severity"]');
    const count = (result: CheckResult, severity: string) => result.findings!.filter((finding) => finding.severity === severity).length;
    expect(results.some((result) => count(result, "error") > 0)).toBe(true);
    await expectDrawn(perFile, [SEVERITY_COLORS.error, SEVERITY_COLORS.warning]);
    await expect(shownTable(perFile)).resolves.toEqual([
      ["文件", "错误", "警告"],
      ...results.map((result) => [result.file, String(count(result, "error")), String(count(result, "warning"))]),
    ]);

    const frequent = page.locator('figure[data-chart="frequent-rules"]');
    await expectDrawn(frequent, [SEVERITY_COLORS.warning, SEVERITY_COLORS.info]);
    const byRule = new Map<string, { count: number; files: number; severities: Set<string> }>();
    for (const result of results) {
      for (const finding of result.findings!) {
        const found = byRule.get(finding.rule) ?? { count: 0, files: 0, severities: new Set<string>() };
        byRule.set(finding.rule, { count: found.count + 1, files: found.files, severities: found.severities.add(finding.severity) });
      }
      for (const rule of new Set(result.findings!.map((finding) => finding.rule))) byRule.get(rule)!.files++;
    }
    // Titles come with the rule catalogue, loaded after the chart: wait for them.
    await expect.poll(async () => (await shownTable(frequent)).slice(1).every(([label, id]) => label === ruleById(id)?.title)).toBe(true);
    const [heading, ...rows] = await shownTable(frequent);
    expect(heading).toEqual(["规则", "编号", "级别", "出现次数", "涉及文件数"]);
    expect(rows).toHaveLength(Math.min(10, byRule.size));
    for (const [, id, severity, shownCount, shownFiles] of rows) {
      const { count, files, severities } = byRule.get(id)!;
      const mostSevere = (["error", "warning", "info"] as const).find((level) => severities.has(level))!;
      expect([severity, Number(shownCount), Number(shownFiles)]).toEqual([SEVERITY_LABELS[mostSevere], count, files]);
    }
    const counts = rows.map((row) => Number(row[3]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const left = [...byRule].filter(([rule]) => !rows.some((row) => row[1] === rule));
    for (const [, { count: leftCount }] of left) expect(leftCount).toBeLessThanOrEqual(counts.at(-1)!);
    await settled(perFile);
    await settled(frequent);
    await screenshot(page, "charts.png");
  });

  describe("over the years", () => {
    const inFolder = tempFolder("charts-e2e-");
    const NEW_2022 = 40;

    beforeAll(async () => {
      // Seed 004 is 2023's report; its 2022 report received 40 applications (自然人 and 总计).
      const text = inYear(seed004(), 2022);
      const line = valueLine(text, "一、本年新收政府信息公开申请数量", 0);
      await writeFile(inFolder("亦庄镇2022年报.txt"), withCells(text, [[line, String(NEW_2022)], [line + 6, String(NEW_2022)]]));
    });

    it("draws an agency's key figures by year from its history, with the truth file's figures", async () => {
      const { page } = await app.open();
      await page.emulateMedia({ reducedMotion: "reduce" });
      await dropFiles(page, [inFolder("亦庄镇2022年报.txt"), SEED_004]);
      await batchFinished(page, 2);

      const seedTruth = truth("004_7be0dca35fed79ae");
      const { t3, t4 } = seedTruth.tables as Tables;
      const figures = (newApplications: number) =>
        [newApplications, t3!.total!.total, t3!.carried_forward!.total, t4!.review!.total, t4!.litigation_direct!.total! + t4!.litigation_after_review!.total!].map(String);

      await page.getByRole("navigation", { name: "视图" }).getByRole("button", { name: "历史记录" }).click();
      const agency = page.locator(`.agencies li[data-agency="${seedTruth.agency}"]`);
      await agency.getByRole("button", { name: "历年数字" }).click();
      const chart = page.locator('figure[data-chart="agency-years"]');
      await expectDrawn(chart, [COLORS.accent]);
      // The chart follows the history, which may still be saving the second check.
      await expect.poll(() => shownTable(chart)).toEqual([
        ["年度", "本年新收", "办结（（七）总计）", "结转下年度", "行政复议总计", "行政诉讼总计"],
        ["2022年", ...figures(NEW_2022)],
        ["2023年", ...figures(t3!.new!.total!)],
      ]);
      await expect(chart.getByRole("img").getAttribute("aria-label")).resolves.toContain(`${seedTruth.agency}2022—2023年：本年新收${NEW_2022}、${t3!.new!.total}；`);
      await screenshot(page, "charts-agency.png");
    });
  });
});
