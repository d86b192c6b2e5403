/**
 * The history in Chromium: two years of one agency (seed 004 as 2023, and a 2024 copy whose 二、上年结转
 * differs from 2023's 四、结转下年度继续办理) checked one after the other, found again after a reload,
 * the 2024 entry opened with its cross-year finding, a mark kept, the same file checked twice as one
 * entry with two runs, an entry deleted with confirmation; a corrupt or foreign import refused with the
 * history intact; an entry checked with older rules offered for a re-check; 55 imported entries listed
 * 50 at a time with their count, the rest loaded when asked, and searched; a row's counts following the
 * rule settings.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";
import { ruleById } from "../../src/core/rules/index";
import { inYear, earlierReport } from "../helpers/history";
import { seed004, valueLine, withCells } from "../helpers/seed-edits";
import { RULES_VERSION } from "../../src/core/model/version";
import { seedText } from "../helpers/seeds";
import { EXPORT_FORMAT } from "../../src/storage/history-file";
import { NOTHING_CHANGED } from "../../src/storage/validate";
import {
  agencyYears,
  agencyYearsTable,
  frequentRulesTable,
  outcomeBreakdown,
  outcomeTable,
  severityPerFile,
  severityTable,
  type DataTable,
} from "../../src/ui/charts/data";
import { frequentRules } from "../../src/shared/frequent-rules";
import { batchFinished, dropFiles, exportedHistory, historyRows, openFromBatch, pickFiles, showBatch, showHistory } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const OUTPUT = resolve("test-output");
const AGENCY = "北京市大兴区亦庄镇人民政府";
const RULE = "table3/cross-year-carry";
const FILE_2023 = "亦庄镇2023年报.txt";
const FILE_2024 = "亦庄镇2024年报.txt";

/** Seed 004 is 2023's report: 上年结转 0, 结转下年度 1 (自然人 and 总计). */
const text2023 = inYear(seed004(), 2023);
/** 2024's report says 3 were carried over in the 自然人 and 总计 columns, where 2023 carried forward 1. */
function text2024(): string {
  const text = inYear(seed004(), 2024);
  const line = valueLine(text, "二、上年结转政府信息公开申请数量", 0);
  return withCells(text, [[line, "3"], [line + 6, "3"]]);
}

/** Seed 000 (市机关事务局, 2023) and its 2022 report under the agency's full name, which the matcher is unsure of. */
const TEXT_000 = seedText("000_5a9a8d2bc98e1d44");
const TEXT_000_2022 = inYear(TEXT_000, 2022).replace("市机关事务局", "北京市机关事务管理局");

/** The two checks as the core gives them in Node: 2023 alone, 2024 with 2023 as its history. */
async function expectedResults(): Promise<[CheckResult, CheckResult]> {
  const result2023 = await checkText(FILE_2023, text2023);
  return [result2023, await checkText(FILE_2024, text2024(), { history: [await earlierReport(text2023, FILE_2023)] })];
}

const messagesOf = (result: CheckResult, rule: string) => result.findings!.filter((finding) => finding.rule === rule).map((finding) => finding.message);

/** The messages of a report's findings, as listed, sorted. */
async function listedMessages(report: Locator): Promise<string[]> {
  return (await report.locator(".findings li[data-rule] .message").allTextContents()).sort();
}

/** The chart's data table as shown: its heading row, then each row's label and cells. */
function shownTable(chart: Locator): Promise<string[][]> {
  return chart.locator("table tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? "")));
}

/** The table as shown: its heading row, then each row's label and cells. */
function asShown({ columns, rows }: DataTable): string[][] {
  return [columns, ...rows.map(({ label, cells }) => [label, ...cells])];
}

/** Waits until the chart is drawn (its canvas has content), then checks its figures against the model's. */
async function expectChart(chart: Locator, table: DataTable): Promise<void> {
  await expect.poll(() => drawnPixels(chart)).toBeGreaterThan(1000);
  await expect(shownTable(chart)).resolves.toEqual(asShown(table));
}

/** How many pixels of the chart's canvas are drawn on. */
function drawnPixels(chart: Locator): Promise<number> {
  return chart.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha] > 0) drawn++;
    return drawn;
  });
}

/** Picks a file and waits for its report, with its findings listed. */
async function check(page: Page, path: string, name: string): Promise<Locator> {
  await pickFiles(page, path);
  const report = page.locator(`.report[data-file="${name}"]`);
  await report.locator(".findings li[data-rule]").first().waitFor();
  return report;
}

/** Opens the history entry of `year` in 单个报告 and waits for its findings. */
async function openFromHistory(page: Page, year: number, name: string): Promise<Locator> {
  await page.locator(`.history-table tr[data-year="${year}"] .open`).click();
  const report = page.locator(`.report[data-file="${name}"]`);
  await report.locator(".findings li[data-rule]").first().waitFor();
  return report;
}

async function rowsAre(page: Page, expected: string[][]): Promise<void> {
  await expect.poll(() => historyRows(page)).toEqual(expected);
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel("按机关或文件名搜索").fill(text);
}

describe("the history", () => {
  const app = appSession();
  const path = tempFolder("history-e2e-");

  beforeAll(async () => {
    await writeFile(path(FILE_2023), text2023);
    await writeFile(path(FILE_2024), text2024());
  });

  it("keeps two years of an agency across a reload, shows the cross-year finding, keeps marks and runs, deletes with confirmation", async () => {
    const { page } = await app.open();
    const report2023 = await check(page, path(FILE_2023), FILE_2023);
    await expect(report2023.locator(`li[data-rule="${RULE}"]`).count()).resolves.toBe(0);
    // A mark made now is kept in the history.
    const marked = report2023.locator(".findings li[data-rule]").first();
    const markedRule = await marked.getAttribute("data-rule");
    await marked.locator(".finding-main").click();
    await marked.getByRole("button", { name: "已核实" }).click();

    const report2024 = await check(page, path(FILE_2024), FILE_2024);
    const results = await expectedResults();
    const expected = messagesOf(results[1], RULE);
    expect(expected).toHaveLength(2);
    await expect(report2024.locator(`li[data-rule="${RULE}"] .message`).allTextContents()).resolves.toEqual(expected);

    // The report's outcome chart and the batch's charts are drawn with the figures of the model.
    await report2024.getByRole("tab", { name: "图表" }).click();
    const report = results[1].report!;
    await expectChart(report2024.locator('figure[data-chart="outcome"]'), outcomeTable(report, outcomeBreakdown(report)));
    await page.getByRole("navigation", { name: "视图" }).getByRole("button", { name: /^批量/ }).click();
    await page.locator(".batch-charts summary").click();
    await expectChart(page.locator('figure[data-chart="batch-severity"]'), severityTable(severityPerFile(results)));
    const frequent = frequentRules(results, (rule) => ruleById(rule)?.title);
    await expectChart(page.locator('figure[data-chart="frequent-rules"]'), frequentRulesTable(frequent));

    await page.reload();
    const history = await showHistory(page);
    await search(page, "亦庄镇政府");
    await rowsAre(page, [
      [AGENCY, "2024", FILE_2024],
      [AGENCY, "2023", FILE_2023],
    ]);
    await search(page, "东城区");
    await rowsAre(page, []);
    await expect(history.locator(".empty").textContent()).resolves.toBe("没有符合条件的记录。");
    await search(page, "亦庄镇");
    await rowsAre(page, [
      [AGENCY, "2024", FILE_2024],
      [AGENCY, "2023", FILE_2023],
    ]);

    // The agency's figures over the years, drawn and given as a table, are those of the two reports.
    await history.locator(`.agencies li[data-agency="${AGENCY}"]`).getByRole("button", { name: "历年数字" }).click();
    const chart = history.locator('figure[data-chart="agency-years"]');
    const reports = results.map((result) => ({ year: result.report!.year!, report: result.report! }));
    await expectChart(chart, agencyYearsTable(agencyYears(reports)));
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, "history.png"), fullPage: true });

    // The 2024 entry opens from its saved blocks, with the finding the 2023 entry gave it.
    const reopened2024 = await openFromHistory(page, 2024, FILE_2024);
    await expect(reopened2024.locator(`li[data-rule="${RULE}"] .message`).allTextContents()).resolves.toEqual(expected);
    await expect(reopened2024.locator(".document-view .finding-place").count()).resolves.toBeGreaterThan(0);

    // The 2023 file checked again is the same entry, with two runs and its mark; the 2024 entry, its year
    // after, is checked again with it, so it is the latest checked.
    await check(page, path(FILE_2023), FILE_2023);
    await showHistory(page);
    await rowsAre(page, [
      [AGENCY, "2024", FILE_2024],
      [AGENCY, "2023", FILE_2023],
    ]);
    const reopened2023 = await openFromHistory(page, 2023, FILE_2023);
    await reopened2023.locator(".timeline summary").click();
    await expect(reopened2023.locator(".timeline summary").textContent()).resolves.toContain("本文件检查 2 次");
    await expect(reopened2023.locator(".timeline .runs tbody tr").count()).resolves.toBe(2);
    await page.screenshot({ path: resolve(OUTPUT, "history-entry.png") });
    await expect(reopened2023.locator(`.findings li[data-rule="${markedRule}"] .decision`).first().textContent()).resolves.toContain("已核实");

    // Deleting asks first; cancelled, nothing goes.
    await showHistory(page);
    await history.locator('.history-table tr[data-year="2023"]').getByRole("button", { name: /^删除记录/ }).click();
    const dialog = page.getByRole("dialog", { name: "删除这条历史记录？" });
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(historyRows(page)).resolves.toHaveLength(2);
    await history.locator('.history-table tr[data-year="2023"]').getByRole("button", { name: /^删除记录/ }).click();
    await dialog.getByRole("button", { name: "删除", exact: true }).click();
    await rowsAre(page, [[AGENCY, "2024", FILE_2024]]);
    await page.reload();
    await showHistory(page);
    await rowsAre(page, [[AGENCY, "2024", FILE_2024]]);

    // The list's counts follow the rule settings as the report view does: with the cross-year rule and another
    // rule turned off one after the other, the 2024 row has their warnings fewer, also after a reload; back on, as before.
    const warnings = history.locator('.history-table tr[data-year="2024"] .warnings');
    const warned = results[1].findings!.filter((finding) => finding.severity === "warning");
    const other = warned.find((finding) => finding.rule !== RULE)!.rule;
    const fewer = warned.filter((finding) => finding.rule === RULE || finding.rule === other).length;
    expect(fewer).toBeGreaterThan(2);
    await expect.poll(() => warnings.textContent()).toBe(String(warned.length));
    const turn = async (on: boolean) => {
      await page.getByRole("button", { name: /^规则设置/ }).click();
      const settings = page.getByRole("dialog", { name: "规则设置" });
      for (const rule of [RULE, other]) await settings.getByRole("checkbox", { name: `检查“${ruleById(rule)!.title}”` }).setChecked(on);
      await settings.getByRole("button", { name: "关闭" }).click();
    };
    await turn(false);
    await expect.poll(() => warnings.textContent()).toBe(String(warned.length - fewer));
    await page.reload();
    await showHistory(page);
    await expect.poll(() => warnings.textContent()).toBe(String(warned.length - fewer));
    await turn(true);
    await expect.poll(() => warnings.textContent()).toBe(String(warned.length));
  });

  /** The 2023 report's cross-year findings as the batch's 2024 file shows them. */
  const crossYear = async (page: Page) => (await openFromBatch(page, FILE_2024)).locator(`li[data-rule="${RULE}"] .message`).allTextContents();

  it("compares two years of an agency dropped in one batch, whichever is done first (the history's part in the check workers, in turns)", async () => {
    const expected = messagesOf((await expectedResults())[1], RULE);
    const { page } = await app.open();
    await dropFiles(page, [path(FILE_2024), path(FILE_2023)]);
    await batchFinished(page, 2);
    await expect.poll(() => crossYear(page)).toEqual(expected);
    // Both saved by the workers; listed latest checked first, which depends on which was done first.
    await showHistory(page);
    await expect.poll(async () => (await historyRows(page)).sort((a, b) => a[1].localeCompare(b[1]))).toEqual([
      [AGENCY, "2023", FILE_2023],
      [AGENCY, "2024", FILE_2024],
    ]);
  });

  it("checks the later year of the batch again in the worker when its year before joins the batch, and keeps that check", async () => {
    const expected = messagesOf((await expectedResults())[1], RULE);
    const { page } = await app.open();
    const alone = await check(page, path(FILE_2024), FILE_2024);
    await expect(alone.locator(`li[data-rule="${RULE}"]`).count()).resolves.toBe(0);
    await showBatch(page);
    await dropFiles(page, [path(FILE_2023)]);
    await batchFinished(page, 2);
    const report = await openFromBatch(page, FILE_2024);
    await expect.poll(() => report.locator(`li[data-rule="${RULE}"] .message`).allTextContents()).toEqual(expected);
    await expect(report.locator(".compared").textContent()).resolves.toContain(`已与历史记录中的`);
    await page.reload();
    await showHistory(page);
    const reopened = await openFromHistory(page, 2024, FILE_2024);
    await expect(reopened.locator(`li[data-rule="${RULE}"] .message`).allTextContents()).resolves.toEqual(expected);
  });

  it("refuses a damaged or foreign history file with the store's message and leaves the history as it was", async () => {
    const { page } = await app.open();
    await check(page, path(FILE_2023), FILE_2023);
    const history = await showHistory(page);
    await rowsAre(page, [[AGENCY, "2023", FILE_2023]]);

    const exported = await exportedHistory(page);
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: 2 });
    expect(exported.entries.map((entry) => entry.runs.map((run) => run.file))).toEqual([[FILE_2023]]);

    const damaged = structuredClone(exported);
    (damaged.entries[0].runs[0].findings![0] as { severity: string }).severity = "严重";
    const files: [name: string, content: string, message: string][] = [
      ["damaged.json", JSON.stringify(damaged), `历史记录文件已损坏或不完整：entries[0].runs[0].findings[0].severity 应为error、warning、info之一。${NOTHING_CHANGED}`],
      ["foreign.json", JSON.stringify({ entries: [] }), `该文件不是年报校验导出的历史记录，${NOTHING_CHANGED}`],
      ["cut.json", JSON.stringify(exported).slice(0, 500), "文件不是有效的 JSON 格式，无法导入。"],
    ];
    for (const [name, content, message] of files) {
      await writeFile(path(name), content);
      await history.getByLabel("导入历史记录").setInputFiles(path(name));
      await expect.poll(() => history.getByRole("alert").textContent()).toBe(message);
      await rowsAre(page, [[AGENCY, "2023", FILE_2023]]);
    }
  });

  it("offers an entry checked with older rules for a re-check from its saved blocks, and shows what changed", async () => {
    const { page } = await app.open();
    await check(page, path(FILE_2023), FILE_2023);
    const history = await showHistory(page);
    const exported = await exportedHistory(page);
    // The same check as an older catalogue gave it: one finding fewer.
    const older = structuredClone(exported);
    const [run] = older.entries[0].runs;
    Object.assign(run, { checker: { ...run.checker, rules: "2021-30/0" }, findings: run.findings!.slice(1) });
    await writeFile(path("older.json"), JSON.stringify(older));

    await history.getByRole("button", { name: "全部删除" }).click();
    await page.getByRole("dialog", { name: "删除全部历史记录？" }).getByRole("button", { name: "全部删除" }).click();
    await rowsAre(page, []);
    await history.getByLabel("导入历史记录").setInputFiles(path("older.json"));
    await expect.poll(() => history.getByRole("status").first().textContent()).toBe("已导入“older.json”：新增 1 份文件，1 次检查。");
    await rowsAre(page, [[AGENCY, "2023", FILE_2023]]);

    const banner = history.getByRole("region", { name: "规则更新" });
    await expect(banner.textContent()).resolves.toContain(`规则目录已更新为 ${RULES_VERSION}：1 条记录是按旧版规则检查的`);
    await banner.getByRole("button", { name: "重新检查这些记录" }).click();
    const rechecked = history.getByRole("region", { name: "重新检查的结果" });
    await expect(rechecked.locator("summary").textContent()).resolves.toBe(`${AGENCY} 2023年（${FILE_2023}）：已修正 0 条，新出现 1 条`);
    await rechecked.locator("summary").click();
    await expect(rechecked.locator(".added li").getAttribute("data-rule")).resolves.toBe(exported.entries[0].runs[0].findings![0].rule);
    await expect.poll(() => banner.count()).toBe(0);
    const reopened = await openFromHistory(page, 2023, FILE_2023);
    await expect(reopened.locator(".timeline summary").textContent()).resolves.toContain("本文件检查 2 次");
  });

  it("lists 50 entries at a time with how many there are, loads more when asked, and searches all of them", async () => {
    const { page } = await app.open();
    await check(page, path(FILE_2023), FILE_2023);
    const history = await showHistory(page);
    const exported = await exportedHistory(page);
    const [run] = exported.entries[0].runs;
    const many = structuredClone(exported);
    many.entries = Array.from({ length: 55 }, (_, index) => ({
      hash: index.toString(16).padStart(64, "0"),
      size: 100,
      decisions: {},
      runs: [{ ...run, file: `报告${index}.txt`, checkedAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(), report: { ...run.report!, year: 2000 + index } }],
    }));
    await writeFile(path("many.json"), JSON.stringify(many));
    await history.getByRole("button", { name: "全部删除" }).click();
    await page.getByRole("dialog", { name: "删除全部历史记录？" }).getByRole("button", { name: "全部删除" }).click();
    await rowsAre(page, []);
    await history.getByLabel("导入历史记录").setInputFiles(path("many.json"));
    await expect.poll(() => history.getByRole("status").first().textContent(), { timeout: 60_000 }).toBe("已导入“many.json”：新增 55 份文件，55 次检查。");

    const files = (indexes: number[]) => indexes.map((index) => [AGENCY, String(2000 + index), `报告${index}.txt`]);
    const latestFirst = (count: number) => Array.from({ length: count }, (_, at) => 54 - at);
    await rowsAre(page, files(latestFirst(50)));
    const count = history.locator(".count");
    await expect(count.textContent()).resolves.toBe("共有记录 55 条，显示前 50 条。");
    await history.getByRole("button", { name: "加载更多（再显示 5 条）" }).click();
    await rowsAre(page, files(latestFirst(55)));
    await expect(count.textContent()).resolves.toBe("共有记录 55 条。");
    await expect(history.getByRole("button", { name: /^加载更多/ }).count()).resolves.toBe(0);

    await search(page, "报告1");
    await rowsAre(page, files([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 1]));
    await expect(count.textContent()).resolves.toBe("符合条件的记录 11 条。");
    await search(page, "");
    await rowsAre(page, files(latestFirst(50)));
  });

  it("asks whether two names are one agency; once confirmed, checks the report again with that agency's earlier year and kind", async () => {
    const { page } = await app.open();
    await writeFile(path("机关事务局2022.txt"), TEXT_000_2022);
    await writeFile(path("机关事务局2023.txt"), TEXT_000);
    await check(page, path("机关事务局2022.txt"), "机关事务局2022.txt");
    const report = await check(page, path("机关事务局2023.txt"), "机关事务局2023.txt");
    const alone = await checkText("机关事务局2023.txt", TEXT_000);
    await expect(listedMessages(report)).resolves.toEqual(alone.findings!.map((finding) => finding.message).sort());

    const question = report.locator(".agency-bar .question");
    await expect(question.textContent()).resolves.toContain("历史记录中的“北京市机关事务管理局”可能与“市机关事务局”是同一机关");
    await question.getByRole("button", { name: "是同一机关" }).click();
    const dialog = page.getByRole("dialog", { name: "机关信息" });
    await expect(dialog.getByLabel("全称").inputValue()).resolves.toBe("北京市机关事务管理局");
    await expect(dialog.getByLabel("其他名称（每行一个，如简称）").inputValue()).resolves.toBe("市机关事务局");
    await expect(dialog.getByLabel("部门").isChecked()).resolves.toBe(true);
    await dialog.getByRole("button", { name: "确认" }).click();

    await expect.poll(() => report.locator(".agency-bar .profile").textContent()).toContain("机关信息已确认：北京市机关事务管理局（部门）");
    const withHistory = await checkText("机关事务局2023.txt", TEXT_000, {
      history: [await earlierReport(TEXT_000_2022, "机关事务局2022.txt")],
      agencyKind: "department",
    });
    const expected = withHistory.findings!.map((finding) => finding.message).sort();
    expect(expected.length).toBeGreaterThan(alone.findings!.length);
    await expect.poll(() => listedMessages(report)).toEqual(expected);
    await expect(report.locator(".agency-bar .question").count()).resolves.toBe(0);
  });
});
