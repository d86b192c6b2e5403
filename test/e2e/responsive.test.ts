/**
 * The page stays responsive on large inputs under the limits (issue 17, item 3): while a long text report
 * and a DOCX whose styles part unpacks to 300 MB are checked and shown, no task on the page's main thread
 * runs 200 ms or more (Chromium's Long Tasks API), counted once the app has shown a small report. Both
 * inputs are made here, at test time.
 */
import { writeFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { zipPackage } from "../../scripts/fixtures/docx-writer";
import { seedText } from "../helpers/seeds";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const MAX_TASK_MS = 200;
const DOCX_004 = "test/fixtures/generated/004_7be0dca35fed79ae.docx";
const SAMPLE = "public/samples/000_5a9a8d2bc98e1d44.txt";

/** Starts recording the main thread's long tasks (50 ms or more) from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => durations.push(...list.getEntries().map((entry) => Math.round(entry.duration)))).observe({ type: "longtask" });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

async function pick(page: Page, path: string): Promise<void> {
  await page.locator('input[type="file"][multiple]').setInputFiles(path);
}

/**
 * The app with a small report checked and shown, so that what is measured afterwards is the large input,
 * not the page's first use (loading and first drawing its views, one task of 100–400 ms on a busy machine).
 */
async function warmApp(app: ReturnType<typeof appSession>): Promise<Page> {
  const { page } = await app.open();
  await pick(page, SAMPLE);
  await page.locator("li[data-rule]").first().waitFor();
  await page.locator(".blocks-view .block").first().waitFor();
  await watchLongTasks(page);
  return page;
}

describe("large inputs under the limits keep the page responsive", () => {
  const app = appSession();
  const inFolder = tempFolder("responsive-");

  it("a text report of 8,000 paragraphs is drawn a step at a time, and a finding at its end is shown when selected", async () => {
    const filler = Array.from({ length: 8_000 }, (_, i) => `第${i + 1}段：本机关持续深化政务公开，回应社会关切。`).join("\n");
    const path = inFolder("长文本.txt");
    await writeFile(path, `${seedText("004_7be0dca35fed79ae")}\n${filler}\n本段有问题（半角括号)。\n`);
    const page = await warmApp(app);
    await pick(page, path);
    const last = page.locator('li[data-rule="typo/bracket-pair-mismatch"]').filter({ hasText: "半角括号" }).first();
    await last.waitFor({ timeout: 110_000 });
    const drawn = await page.locator(".blocks-view .block").count();
    expect(drawn).toBeLessThan(1000);
    await last.locator(".finding-main").click();
    const index = await last.getAttribute("data-index");
    const place = page.locator(`.document-view [data-finding-index="${index}"][data-selected]`).first();
    await place.waitFor();
    await expect(place.evaluate((element) => element.closest(".block")?.querySelector(".gutter")?.textContent)).resolves.toMatch(/^\d{4}$/);
    expect((await longTasks(page)).filter((duration) => duration >= MAX_TASK_MS)).toEqual([]);
  });

  it("a DOCX whose styles part unpacks to 300 MB is drawn from the text our reader read, not by mammoth", async () => {
    const parts = unzipSync(new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(DOCX_004))));
    const styles = strFromU8(parts["word/styles.xml"]);
    const padding = " ".repeat(300 * 1024 * 1024);
    const bomb = zipPackage({ ...parts, "word/styles.xml": styles.replace("<w:docDefaults>", `${padding}<w:docDefaults>`) });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const path = inFolder("样式炸弹.docx");
    await writeFile(path, bomb);
    const page = await warmApp(app);
    await pick(page, path);
    const note = page.locator(".document-view .status").filter({ hasText: "这份 Word 文档较大" });
    await note.waitFor({ timeout: 110_000 });
    await expect(note.textContent()).resolves.toContain("这份 Word 文档较大（文档内容解压后约 300 MB）");
    await page.locator(".blocks-view .block").first().waitFor();
    expect((await longTasks(page)).filter((duration) => duration >= MAX_TASK_MS)).toEqual([]);
  });
});
