/**
 * The document view in Chromium: a PDF's pages drawn by pdf.js with each finding boxed over its place, a
 * DOCX drawn from mammoth's sanitised HTML, a text report with line numbers, and the three tables as the
 * template grid. Clicking a finding in the panel scrolls to its place and marks it; a DOCX carrying
 * script-like content renders inert.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { buildDocx, zipPackage } from "../../scripts/fixtures/docx-writer";
import { loadSeedReport } from "../../scripts/fixtures/seed-report";
import { seedText } from "../helpers/seeds";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const OUTPUT = resolve("test-output");
const HONGZE_PDF = "test/fixtures/real/hongze-2024.pdf";
const DOCX_004 = "test/fixtures/generated/004_7be0dca35fed79ae.docx";
const DOCX_002 = "test/fixtures/generated/002_c4bd8f948bd08bc9.docx";
const SEED_000 = "public/samples/000_5a9a8d2bc98e1d44.txt";

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Picks one file (which opens it) and waits for its findings panel. */
async function openFile(page: Page, path: string): Promise<void> {
  await page.locator('input[type="file"][multiple]').setInputFiles(path);
  await page.locator("li[data-rule]").first().waitFor();
}

/** Clicks the panel's finding of `rule` whose message contains `words`; returns its index in result.findings. */
async function clickFinding(page: Page, rule: string, words = ""): Promise<number> {
  const item = page.locator(`li[data-rule="${rule}"]`).filter({ hasText: words }).first();
  const index = Number(await item.getAttribute("data-index"));
  await item.locator(".finding-main").click();
  return index;
}

/** The document view's places of a finding, once the click has selected them. */
async function selectedPlaces(page: Page, index: number): Promise<Locator> {
  const places = page.locator(`.document-view [data-finding-index="${index}"][data-selected]`);
  await places.first().waitFor();
  return places;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function area(rect: Rect): number {
  return (rect.right - rect.left) * (rect.bottom - rect.top);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  await page.locator(".document-view").screenshot({ path: resolve(OUTPUT, name) });
}

describe("the document view", () => {
  const app = appSession();
  const inFolder = tempFolder("document-view-");

  it("boxes a PDF finding over the table cell it is about, on the page pdf.js drew with its text layer", async () => {
    const { page } = await app.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openFile(page, HONGZE_PDF);
    const label = "2.其他法律行政止公开";
    const index = await clickFinding(page, "structure/table-altered", label);
    const highlight = (await selectedPlaces(page, index)).first();
    await expect(highlight.getAttribute("aria-label")).resolves.toContain(label);

    const pageThree = page.locator('.pdf-page[data-page="3"]');
    const labelText = pageThree.locator(".textLayer span").filter({ hasText: "行政止公开" });
    await labelText.first().waitFor();
    const [box, text] = await Promise.all([highlight.evaluate((e) => e.getBoundingClientRect().toJSON()), labelText.first().evaluate((e) => e.getBoundingClientRect().toJSON())]);
    expect(await pageThree.locator("canvas").evaluate((canvas: HTMLCanvasElement) => canvas.width)).toBeGreaterThan(0);
    // The cell's label text lies inside the box, and the box is the cell, not a larger part of the page.
    expect(overlap(box, text)).toBeGreaterThan(0.8 * area(text));
    expect(box.bottom - box.top).toBeLessThan(4 * (text.bottom - text.top));
    // The box is in view after the click, and pages far from it are not drawn.
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    const drawnPages = () =>
      page.locator(".pdf-page").evaluateAll((pages) =>
        pages.filter((element) => element.querySelector("canvas")!.width > 0).map((element) => Number(element.getAttribute("data-page"))),
      );
    const pageCount = await page.locator(".pdf-page").count();
    // Pages scrolled away give their canvas back once the scroll has settled. Where the click's scroll ends
    // depends on when pages were measured (1 run in 4 it left every page within reach), so the reader
    // then brings page 3 to the top: pages 1 and 5 are then far from the view.
    await pageThree.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await expect.poll(async () => (await drawnPages()).length, { timeout: 10_000 }).toBeLessThan(pageCount);
    expect(await drawnPages()).toContain(3);

    await screenshot(page, "document-pdf.png");
  });

  it("marks a DOCX paragraph's characters and a table cell in the document mammoth drew", async () => {
    const { page } = await app.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openFile(page, DOCX_004);
    const index = await clickFinding(page, "typo/bracket-pair-mismatch");
    const mark = (await selectedPlaces(page, index)).first();
    await expect(mark.evaluate((element) => element.localName)).resolves.toBe("mark");
    await expect(mark.textContent()).resolves.toBe("(六）");
    await expect(mark.evaluate((element) => element.closest("p, li, h1, h2, h3, h4, h5, h6")?.textContent)).resolves.toContain("(六）教育培训");
    await screenshot(page, "document-docx.png");

    await openFile(page, DOCX_002);
    const cellIndex = await clickFinding(page, "typo/fullwidth-digit", "规章—本年制发件数");
    const cell = (await selectedPlaces(page, cellIndex)).first();
    await expect(cell.evaluate((element) => element.localName)).resolves.toBe("td");
    await expect(cell.evaluate((element) => element.closest("tr")?.cells[0].textContent?.trim())).resolves.toBe("规章");
    await expect(cell.evaluate((element) => element.closest("tr")?.cells[1] === element)).resolves.toBe(true);
  });

  it("shows a text report with line numbers and the finding's characters marked on its line", async () => {
    const { page } = await app.open();
    await openFile(page, SEED_000);
    const index = await clickFinding(page, "typo/dash", "领导抓总--综合部门");
    const places = await selectedPlaces(page, index);
    // The four "--" of the report are one finding, marked at each place.
    await expect(places.allTextContents()).resolves.toEqual(["--", "--", "--", "--"]);
    const mark = places.first();
    await expect(mark.textContent()).resolves.toBe("--");
    await expect(mark.getAttribute("data-flash")).resolves.toBe("");
    await expect(mark.evaluate((element) => element.closest(".block")?.querySelector(".gutter")?.textContent)).resolves.toBe("12");
  });

  it("draws the three tables as the template grid, a cell that breaks table3/balance in red with its expected value", async () => {
    const { page } = await app.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    const edited = seedText("000_5a9a8d2bc98e1d44").replace("一、本年新收政府信息公开申请数量\n\t4\n", "一、本年新收政府信息公开申请数量\n\t5\n");
    const path = inFolder("balance-broken.txt");
    await writeFile(path, edited);
    await openFile(page, path);

    await page.getByRole("tab", { name: "统计表" }).click();
    const grid = page.locator(".table-grid");
    const total = grid.locator('[data-table="t3"] td[data-row="new"][data-column="total"]');
    await expect(total.getAttribute("class")).resolves.toMatch(/\bseverity-error\b/);
    await expect(total.locator(".written").textContent()).resolves.toBe("4");
    await expect(total.locator(".expected").textContent()).resolves.toBe("应为 5");
    await expect(grid.locator('[data-table="t3"] td[data-row="new"][data-column="natural_person"] .written').textContent()).resolves.toBe("5");

    const index = await clickFinding(page, "table3/balance", "自然人");
    const cell = (await selectedPlaces(page, index)).first();
    await expect(cell.getAttribute("data-row")).resolves.toBe("carried_forward");
    await expect(cell.getAttribute("data-column")).resolves.toBe("natural_person");
    await expect(cell.getAttribute("class")).resolves.toMatch(/\bseverity-error\b/);
    await expect(cell.locator(".expected").textContent()).resolves.toBe("算得 4，应为 5");
    await cell.focus();
    await expect(cell.locator(".tip").isVisible()).resolves.toBe(true);
    await expect(cell.locator(".tip").textContent()).resolves.toContain("勾稽关系");

    await screenshot(page, "tables-grid.png");
  });

  it("marks every blank cell of one table/value-int finding, in the template grid and in the text", async () => {
    const { page } = await app.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    const seed = seedText("004_7be0dca35fed79ae");
    const blanked = seed.replace("（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n\t0\n", "（三）不予公开\n\t1.属于国家秘密\n\t\n\t\n\t\n");
    expect(blanked).not.toBe(seed);
    const path = inFolder("blank-zeros.txt");
    await writeFile(path, blanked);
    await openFile(page, path);
    await expect(page.locator('li[data-rule="table3/value-int"]').count()).resolves.toBe(1);

    const index = await clickFinding(page, "table3/value-int");
    await expect((await selectedPlaces(page, index)).count()).resolves.toBeGreaterThanOrEqual(3);
    await page.getByRole("tab", { name: "统计表" }).click();
    const grid = page.locator(".table-grid");
    const blank = grid.locator('[data-table="t3"] td[data-row="withheld_state_secret"]');
    const marked = await blank.evaluateAll((cells) => cells.filter((cell) => /\bseverity-error\b/.test(cell.className)).map((cell) => cell.getAttribute("data-column")));
    expect(marked).toEqual(["natural_person", "commercial", "research"]);
  });

  it("renders a DOCX with a javascript: link, an event attribute and tag-like text inert", async () => {
    const { page } = await app.open();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const path = inFolder("hostile.docx");
    await writeFile(path, hostileDocx());
    await openFile(page, path);

    const view = page.locator(".document-view .docx-view");
    await view.getByText("<img src=x onerror=alert(1)>").waitFor();
    await view.getByText("点此查看详情").click();
    const found = await view.evaluate((root) => ({
      handlers: [...root.querySelectorAll("*")].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith("on"))),
      links: [...root.querySelectorAll("[href], [src]")].map((element) => element.getAttribute("href") ?? element.getAttribute("src")),
      dangerous: root.querySelectorAll("script, style, iframe, object, embed, svg, math, form, img").length,
    }));
    expect(found).toEqual({ handlers: [], links: [], dangerous: 0 });
    expect(dialogs).toEqual([]);
  });
});

/**
 * Seed 004 as a Word document with, appended, a hyperlink to `javascript:alert(1)`, a bookmark whose name
 * tries to close its attribute and add `onclick`, and runs whose text is markup.
 */
function hostileDocx(): Uint8Array {
  const parts = unzipSync(buildDocx(loadSeedReport("004_7be0dca35fed79ae")));
  const files: Record<string, string | Uint8Array> = { ...parts };
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const hostile =
    `<w:p><w:bookmarkStart w:id="90" w:name="x&quot; onclick=&quot;alert(3)"/><w:bookmarkEnd w:id="90"/>` +
    `<w:hyperlink r:id="rIdHostile">${run("点此查看详情")}</w:hyperlink></w:p>` +
    `<w:p>${run("&lt;img src=x onerror=alert(1)&gt;")}</w:p>` +
    `<w:p>${run("&lt;script&gt;alert(2)&lt;/script&gt;")}</w:p>`;
  files["word/document.xml"] = strFromU8(parts["word/document.xml"]).replace("<w:sectPr", `${hostile}<w:sectPr`);
  files["word/_rels/document.xml.rels"] = strFromU8(parts["word/_rels/document.xml.rels"]).replace(
    "</Relationships>",
    `<Relationship Id="rIdHostile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>`,
  );
  return zipPackage(files);
}
