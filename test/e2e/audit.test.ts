/**
 * The audit workflow in Chromium: a batch of 20 reports of 8 agencies (made here from the seeds: other
 * agencies by renaming, other years by moving the title's year; two seeds as their PDFs) worked through
 * by keyboard only, marks made, the batch renamed, reloaded and reopened from the history with its marks;
 * a later year checked before the earlier one says it was compared with it. The PDF view zoomed and
 * searched to a page not drawn yet. Every view passes axe-core and fits a 390 px wide phone without
 * sideways scrolling; screenshots of every view at 1366×768 and 390×844 go to test-output/. Focus follows
 * actions, menus close on Esc and outside clicks, tabs move with the arrow keys.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { inYear } from "../helpers/history";
import { seedText, type SeedId } from "../helpers/seeds";
import { batchFinished, batchRows, dropFiles } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const OUTPUT = resolve("test-output");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const HONGZE_PDF = "test/fixtures/real/hongze-2024.pdf";
const BATCH_NAME = "2025年度区级部门年报";

interface Planned {
  name: string;
  /** Which of the eight agencies: the files of one agency must share a group of the worklist. */
  agency: string;
  text?: string;
  path?: string;
}

/** A seed as another agency's report: every mention of its place renamed. */
function renamed(id: SeedId, from: string, to: string): string {
  return seedText(id).replaceAll(from, to);
}

/** The batch: eight agencies, one to three years each; 亦庄镇's 2024 comes before its 2023. */
function plannedBatch(): Planned[] {
  const years = (agency: string, prefix: string, text: string, list: number[]): Planned[] =>
    list.map((year) => ({ agency, name: `${prefix}-${year}.txt`, text: year === 2023 ? text : inYear(text, year) }));
  return [
    ...years("亦庄镇", "亦庄镇", seedText("004_7be0dca35fed79ae"), [2024, 2023, 2022]),
    ...years("机关事务局", "机关事务局", seedText("000_5a9a8d2bc98e1d44"), [2024, 2023, 2022]),
    ...years("东城区", "东城区政府办", seedText("001_2a4087b0dbaec631"), [2023, 2022]),
    { agency: "东城区", name: "东城区政府办-2023.pdf", path: "test/fixtures/generated/001_2a4087b0dbaec631.pdf" },
    ...years("西城区", "西城区信访办", seedText("002_c4bd8f948bd08bc9"), [2023, 2024]),
    ...years("北关区", "北关区政数局", seedText("003_f34c183db723c9dd"), [2023, 2024]),
    { agency: "北关区", name: "北关区政数局-2023.pdf", path: "test/fixtures/generated/003_f34c183db723c9dd.pdf" },
    ...years("朝阳区", "朝阳区政府办", renamed("001_2a4087b0dbaec631", "东城区", "朝阳区"), [2023, 2022]),
    ...years("海淀区", "海淀区信访办", renamed("002_c4bd8f948bd08bc9", "西城区", "海淀区"), [2023, 2022]),
    ...years("旧宫镇", "旧宫镇", renamed("004_7be0dca35fed79ae", "亦庄镇", "旧宫镇"), [2024, 2023]),
  ];
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT, name) });
}

/** axe-core's violations on the page as it is (its source evaluated in the page: the page's CSP allows no inline script). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`);
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after 80 presses. */
async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`no focus on ${selector} after 80 presses of Tab`);
}

function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector);
}

/** Screenshots at the desktop and phone sizes; at the phone size no sideways scrolling; axe-core finds nothing at either. */
async function checkView(page: Page, view: string): Promise<void> {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await screenshot(page, `audit-${view}-${width}x${height}.png`);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
    expect({ view, width, scrollWidth }).toEqual({ view, width, scrollWidth: Math.min(scrollWidth, innerWidth) });
    expect({ view, width, violations: await axeViolations(page) }).toEqual({ view, width, violations: [] });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe("the audit workflow", () => {
  const app = appSession();
  const inFolder = tempFolder("audit-");
  let planned: Planned[];
  let paths: { path: string; name: string }[];

  beforeAll(async () => {
    planned = plannedBatch();
    paths = [];
    for (const file of planned) {
      if (file.text) await writeFile(inFolder(file.name), file.text);
      paths.push({ path: file.path ?? inFolder(file.name), name: file.name });
    }
  });

  it("works through a batch of 20 by keyboard, marks findings, and reopens the batch from the history after a reload", async () => {
    expect(planned).toHaveLength(20);
    expect(new Set(planned.map((file) => file.agency)).size).toBe(8);
    const { page } = await app.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await dropFiles(page, paths);
    await batchFinished(page, 20);
    await expect(page.getByRole("status").filter({ hasText: "检查完成" }).textContent()).resolves.toMatch(/^检查完成：共 20 个文件/);

    // One group per agency, each holding exactly that agency's files; agencies ranked by their errors.
    const groups = await page.locator(".batch tbody.group").evaluateAll((bodies) =>
      bodies.map((body) => ({
        files: [...body.querySelectorAll("tr[data-file]")].map((row) => row.getAttribute("data-file")!).sort(),
        errors: [...body.querySelectorAll("tr[data-file] .errors")].reduce((sum, cell) => sum + Number(cell.textContent), 0),
      })),
    );
    const agencies = [...new Set(planned.map((file) => file.agency))];
    const byAgency = agencies.map((agency) => planned.filter((file) => file.agency === agency).map((file) => file.name).sort());
    expect(groups.map((group) => group.files).sort()).toEqual(byAgency.sort());
    const errors = groups.map((group) => group.errors);
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    const all = await batchRows(page);
    const firstErrors = await page.locator(".batch tr[data-file] .first-error").allTextContents();
    expect(firstErrors.filter(Boolean).length).toBe(all.filter((row) => Number(row.errors) > 0).length);

    // 亦庄镇's 2024 arrived before its 2023 and was checked again with it (and with 2022 when that was in before 2023).
    await page.locator('.batch tr[data-file="亦庄镇-2024.txt"] .name button').click();
    await expect(page.locator(".report .compared").textContent()).resolves.toMatch(/^已与历史记录中的2023年度报告（亦庄镇-2023\.txt）(、2022年度报告（亦庄镇-2022\.txt）)?对照检查/);
    await page.locator(".report-nav").getByRole("button", { name: "返回批量" }).click();

    // By keyboard only from here: name the batch, show the reports with errors, sort by year.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, ".batch-name input");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(BATCH_NAME);
    await page.keyboard.press("Tab");
    await tabTo(page, 'input[name="worklist-filter"]');
    await page.keyboard.press("ArrowRight");
    await expect(page.locator('input[name="worklist-filter"]:checked').getAttribute("value")).resolves.toBe("errors");
    const withErrors = all.filter((row) => Number(row.errors) > 0);
    expect(withErrors.length).toBeGreaterThan(2);
    expect((await batchRows(page)).map((row) => row.name).sort()).toEqual(withErrors.map((row) => row.name).sort());
    await tabTo(page, "th.col-year button");
    await page.keyboard.press("Enter");
    await expect(page.locator("th.col-year").getAttribute("aria-sort")).resolves.toBe("ascending");
    const order = (await batchRows(page)).map((row) => row.name);

    // The first report: its title has the focus; J selects the first finding, which is marked 已核实.
    await tabTo(page, "tr[data-file] .name button");
    await expect(page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-file"))).resolves.toBe(order[0]);
    await page.keyboard.press("Enter");
    await page.locator(`.report[data-file="${order[0]}"]`).waitFor();
    await expect(focusedMatches(page, "#report-title")).resolves.toBe(true);
    await expect(page.locator(".report-nav .position").textContent()).resolves.toBe(`第 1 / ${order.length} 份`);
    await page.keyboard.press("j");
    const current = page.locator('.findings li[aria-current="true"]');
    await expect(current.getAttribute("data-index")).resolves.toBe(await page.locator(".findings li[data-rule]").first().getAttribute("data-index"));
    await tabTo(page, '.findings li[aria-current="true"] button.mark-verified');
    await page.keyboard.press("Enter");
    await expect(current.locator("button.mark-verified").getAttribute("aria-pressed")).resolves.toBe("true");

    // N: the next report; two findings marked, one 已核实, one 不是问题.
    await page.keyboard.press("n");
    await page.locator(`.report[data-file="${order[1]}"]`).waitFor();
    await expect(focusedMatches(page, "#report-title")).resolves.toBe(true);
    for (const mark of ["verified", "not-an-issue"]) {
      await page.keyboard.press("j");
      await tabTo(page, `.findings li[aria-current="true"] button.mark-${mark}`);
      await page.keyboard.press("Enter");
      await expect(current.locator(`button.mark-${mark}`).getAttribute("aria-pressed")).resolves.toBe("true");
    }
    await checkView(page, "report");

    // Back to the batch: its filter and sort kept, the focus on the report just left, the marks counted.
    await page.locator("#report-title").focus();
    await tabTo(page, ".report-nav button:first-child", true);
    await page.keyboard.press("Enter");
    await page.locator(".batch").waitFor();
    await expect(page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-file"))).resolves.toBe(order[1]);
    await expect(page.locator("th.col-year").getAttribute("aria-sort")).resolves.toBe("ascending");
    expect((await batchRows(page)).map((row) => row.name)).toEqual(order);
    const review = (name: string) => page.locator(`.batch tr[data-file="${name}"] .review`).textContent();
    const [first, second] = [await review(order[0]), await review(order[1])];
    expect(first).toMatch(/^1\/\d+$/);
    expect(second).toMatch(/^2\/\d+$/);
    await page.locator(".batch-charts summary").click();
    await page.locator('figure[data-chart="batch-severity"] canvas').waitFor();
    await checkView(page, "batch");

    // After a reload the start page offers the batch, which is in the history under its name and reopens with its marks.
    await page.reload();
    await expect(page.getByRole("region", { name: "继续审核" }).locator("strong").textContent()).resolves.toBe(BATCH_NAME);
    await checkView(page, "resume");
    await page.getByRole("navigation", { name: "视图" }).getByRole("button", { name: "历史记录" }).click();
    const saved = page.locator(`.batches li[data-batch="${BATCH_NAME}"]`);
    await expect(saved.locator(".facts").textContent()).resolves.toMatch(/^20 个文件/);
    await checkView(page, "history");
    await saved.getByRole("button", { name: "打开" }).click();
    await batchFinished(page, 20);
    await expect(page.locator(".batch-name input").inputValue()).resolves.toBe(BATCH_NAME);
    await expect(review(order[0])).resolves.toBe(first);
    await expect(review(order[1])).resolves.toBe(second);
    await page.locator(`.batch tr[data-file="${order[1]}"] .name button`).click();
    await expect(page.locator(".findings .decision").allTextContents()).resolves.toEqual(["已核实", "不是问题"]);
  });

  it("zooms the PDF view and finds text on a page not drawn yet", async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('input[type="file"][multiple]').setInputFiles(HONGZE_PDF);
    const pageFive = page.locator('.pdf-page[data-page="5"]');
    await pageFive.waitFor();
    await page.locator(".pdf-page canvas").first().waitFor();
    // Page 5 is far below: not drawn, so it has no text layer for the browser's own find.
    const textOnPageFive = () => pageFive.locator(".textLayer span").count();
    await expect(textOnPageFive()).resolves.toBe(0);

    const widthOf = () => page.locator('.pdf-page[data-page="1"]').evaluate((element) => element.getBoundingClientRect().width);
    const before = await widthOf();
    await page.getByRole("button", { name: "放大" }).click();
    await expect.poll(widthOf).toBeGreaterThan(before);
    await expect(page.getByRole("combobox", { name: "缩放" }).inputValue()).resolves.not.toBe("fit");

    await page.getByRole("searchbox", { name: "在全文中查找" }).fill("跟班学习制度");
    await page.getByRole("searchbox", { name: "在全文中查找" }).press("Enter");
    await expect(page.locator(".found-count").textContent()).resolves.toBe("第 1 / 1 处（第 5 页）");
    const found = pageFive.locator(".found");
    await found.waitFor();
    await expect.poll(() => page.getByRole("spinbutton", { name: /页码/ }).inputValue()).toBe("5");
    await expect.poll(textOnPageFive).toBeGreaterThan(0);
    const pane = await page.locator(".document-view .panel:not([hidden])").boundingBox();
    const box = await found.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(pane!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(pane!.y + pane!.height);

    await page.getByRole("spinbutton", { name: /页码/ }).fill("2");
    await page.getByRole("spinbutton", { name: /页码/ }).press("Enter");
    const paneTop = pane!.y;
    await expect.poll(() => page.locator('.pdf-page[data-page="2"]').evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(paneTop + 80);
    await page.getByRole("button", { name: "页面列表" }).click();
    await expect(page.getByRole("navigation", { name: "页面列表" }).getByRole("button").count()).resolves.toBe(5);
    await checkView(page, "pdf");
  });

  it("the start page passes axe-core and fits a phone; a sample chosen by keyboard opens with the focus on its report; menus and tabs follow the keyboard", async () => {
    const { page } = await app.open();
    await checkView(page, "start");

    await tabTo(page, ".welcome-samples button");
    await page.keyboard.press("Enter");
    await page.locator(".report").waitFor();
    await expect(focusedMatches(page, "#report-title")).resolves.toBe(true);

    // The export menu closes on Esc, giving the focus back to its button, and on a click elsewhere.
    const menu = page.locator(".toolbar details.export-menu");
    await menu.locator(":scope > summary").focus();
    await page.keyboard.press("Enter");
    await expect(menu.getAttribute("open")).resolves.toBe("");
    await page.keyboard.press("Escape");
    await expect(menu.getAttribute("open")).resolves.toBeNull();
    await expect(focusedMatches(page, ".export-menu > summary")).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.locator(".report-header").click();
    await expect(menu.getAttribute("open")).resolves.toBeNull();

    // The document view's tabs: arrow keys move and choose, only the chosen tab is in the Tab order.
    const tabs = page.getByRole("tablist", { name: "报告内容" });
    await tabs.getByRole("tab", { name: "报告原文" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.getByRole("tab", { name: "统计表" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(focusedMatches(page, '[role="tab"][aria-selected="true"]')).resolves.toBe(true);
    await page.keyboard.press("End");
    await expect(tabs.getByRole("tab", { name: "图表" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowRight");
    await expect(tabs.getByRole("tab", { name: "报告原文" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(tabs.locator('[role="tab"][tabindex="0"]').count()).resolves.toBe(1);

    // J anywhere in the report view, not only in the findings panel, selects the next finding.
    await page.locator("#report-title").focus();
    await page.keyboard.press("j");
    await expect(page.locator('.findings li[aria-current="true"]').count()).resolves.toBe(1);
  });
});
