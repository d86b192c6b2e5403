/**
 * The app shell in Chromium at 1280×800: a batch dropped at once (a PDF, a DOCX, a TXT and the same TXT
 * again) listed with what the core finds in Node, sorted and opened; the findings panel's selection,
 * keyboard steps, filters and reviewer decisions; a batch of PDFs cancelled half-way; a folder picked.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";
import { findingsOfSeverity } from "../../src/shared/present";
import { batchFinished, batchRows, dropFiles, openFromBatch, type ShownRow } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const OUTPUT = resolve("test-output");
const GENERATED = "test/fixtures/generated/";
const PDF = "test/fixtures/real/hongze-2024.pdf";
/** 西城区信访办: one error, two warnings and several hints, so the severity filter has something to hide. */
const DOCX = GENERATED + "002_c4bd8f948bd08bc9.docx";
const TXT = "public/samples/000_5a9a8d2bc98e1d44.txt";
const TXT_COPY = "市机关事务局年报（副本）.txt";

/** The row the batch table shows for a file, from the same core run in Node. */
async function expectedRow(path: string, name = basename(path)): Promise<Omit<ShownRow, "status" | "kind">> {
  const result: CheckResult = await checkFile({ name, bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors });
  const findings = result.findings ?? [];
  return {
    name,
    agency: result.report?.agency ?? "",
    year: String(result.report?.year ?? ""),
    errors: String(findingsOfSeverity(findings, "error").length),
    warnings: String(findingsOfSeverity(findings, "warning").length),
  };
}

function withoutStatus({ status: _status, kind: _kind, ...row }: ShownRow): Omit<ShownRow, "status" | "kind"> {
  return row;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(OUTPUT, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT, name) });
}

/** The panel's findings, top to bottom: rule, index into result.findings, selected or not. */
async function listedFindings(page: Page): Promise<{ rule: string; index: number; severity: string; current: boolean }[]> {
  return page.locator(".findings li[data-rule]").evaluateAll((items) =>
    items.map((item) => ({
      rule: item.getAttribute("data-rule") ?? "",
      index: Number(item.getAttribute("data-index")),
      severity: [...item.classList].find((name) => name.startsWith("severity-")) ?? "",
      current: item.getAttribute("aria-current") === "true",
    })),
  );
}

async function currentPosition(page: Page): Promise<number> {
  return (await listedFindings(page)).findIndex((finding) => finding.current);
}

/** Records every status the batch table shows, however briefly, from now on. */
async function recordStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    Object.assign(window, { seenStatuses: seen });
    new MutationObserver(() => {
      for (const cell of document.querySelectorAll(".batch td.status")) seen.add(cell.textContent?.trim() ?? "");
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { seenStatuses: Set<string> }).seenStatuses]);
}

describe("the batch and the findings panel", () => {
  const app = appSession();

  it("lists a dropped PDF, DOCX and TXT with what the core finds, marks the repeated TXT, sorts and opens files", async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await dropFiles(page, [PDF, DOCX, TXT, { path: TXT, name: TXT_COPY }]);
    await batchFinished(page, 4);

    // The worklist's audit order: agencies with the most errors first (the DOCX's), the copy beside its original.
    const rows = await batchRows(page);
    const expected = [await expectedRow(DOCX), await expectedRow(PDF), await expectedRow(TXT)];
    expect(rows.slice(0, 3).map(withoutStatus)).toEqual(expected);
    expect(rows.slice(0, 3).map((row) => row.status)).toEqual(["已完成", "已完成", "已完成"]);
    // The copy is not checked again: it shows the first file's figures and says which file it repeats.
    expect(rows[3]).toEqual({ ...expected[2], name: TXT_COPY, status: `重复：与“${basename(TXT)}”相同`, kind: "duplicate" });

    const sortByErrors = page.getByRole("columnheader", { name: /^错误/ });
    await sortByErrors.getByRole("button").click();
    await expect(sortByErrors.getAttribute("aria-sort")).resolves.toBe("descending");
    const descending = (await batchRows(page)).map((row) => Number(row.errors));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect((await batchRows(page))[0].name).toBe(basename(DOCX));
    await screenshot(page, "app-batch.png");
    await sortByErrors.getByRole("button").click();
    expect((await batchRows(page)).at(-1)?.name).toBe(basename(DOCX));

    // The copy opens the report it repeats.
    await page.locator(`.batch tr[data-file="${TXT_COPY}"] .name button`).click();
    await page.locator(`.report[data-file="${basename(TXT)}"]`).waitFor();
    const report = await openFromBatch(page, basename(PDF));
    await expect(report.locator(".agency").textContent()).resolves.toBe(expected[1].agency);
    const stamp = (await report.locator(".stamp").textContent())?.replace(/\s+/g, " ");
    expect(stamp).toMatch(/检查于 \d{4}-\d\d-\d\d \d\d:\d\d · 版本 \S+ · 规则目录 \S+/);
  });

  it("selects a finding for the document view, steps with the keyboard, filters by severity and keeps a reviewer's mark", async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 1280, height: 800 });
    await dropFiles(page, [PDF, DOCX]);
    await batchFinished(page, 2);
    await openFromBatch(page, basename(DOCX));

    const listed = await listedFindings(page);
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.every((finding) => !finding.current)).toBe(true);
    const first = page.locator(".findings li[data-rule]").first();
    await first.locator(".finding-main").click();
    await expect(first.getAttribute("aria-current")).resolves.toBe("true");
    // The document view marks the selected finding's place.
    await page.locator(`.document-view [data-finding-index="${listed[0].index}"][data-selected]`).first().waitFor();

    await page.keyboard.press("j");
    expect(await currentPosition(page)).toBe(1);
    await page.keyboard.press("ArrowDown");
    expect(await currentPosition(page)).toBe(2);
    await page.keyboard.press("k");
    expect(await currentPosition(page)).toBe(1);
    await page.getByRole("button", { name: "下一条" }).click();
    expect(await currentPosition(page)).toBe(2);
    await page.getByRole("button", { name: "上一条" }).click();
    expect(await currentPosition(page)).toBe(1);
    await expect(page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-current"))).resolves.toBe("true");

    const errors = listed.filter((finding) => finding.severity === "severity-error");
    expect(errors.length).toBeGreaterThan(0);
    await page.getByRole("checkbox", { name: /警告/ }).uncheck();
    await page.getByRole("checkbox", { name: /提示/ }).uncheck();
    expect((await listedFindings(page)).map((finding) => finding.index)).toEqual(errors.map((finding) => finding.index));

    const error = page.locator(".findings li[data-rule]").first();
    await error.locator(".finding-main").click();
    await error.getByRole("button", { name: "不是问题" }).click();
    await error.getByLabel("备注").fill("已与经办人核实，第六部分另有说明");
    await expect(error.locator(".decision").textContent()).resolves.toBe("不是问题：已与经办人核实，第六部分另有说明");

    // The mark stays with the file while the reviewer looks at another one.
    await openFromBatch(page, basename(PDF));
    const reopened = await openFromBatch(page, basename(DOCX));
    await reopened.locator(".decision").waitFor();
    await expect(reopened.locator(`li[data-index="${errors[0].index}"] .decision`).textContent()).resolves.toBe(
      "不是问题：已与经办人核实，第六部分另有说明",
    );

    await openFromBatch(page, basename(PDF));
    await page.locator(".findings li[data-rule] .finding-main").nth(1).click();
    await page.locator(".document-view [data-selected]").first().waitFor();
    await screenshot(page, "app-report.png");
  });

  it("cancels a batch of PDFs half-way: finished files stay, the others are 已取消, and the next drop is checked", async () => {
    const { page } = await app.open();
    const pdfs = ["000_5a9a8d2bc98e1d44", "001_2a4087b0dbaec631", "002_c4bd8f948bd08bc9", "003_f34c183db723c9dd", "004_7be0dca35fed79ae"]
      .map((seed) => `${GENERATED}${seed}.pdf`)
      .concat([`${GENERATED}003_f34c183db723c9dd-stsong.pdf`, `${GENERATED}004_7be0dca35fed79ae-owner-password.pdf`, PDF]);
    const seenStatuses = await recordStatuses(page);
    await dropFiles(page, pdfs);
    // One waiting file cancelled on its own; the others go on.
    const last = page.locator(`.batch tr[data-file="${basename(PDF)}"]`);
    await last.getByRole("button", { name: `取消检查 ${basename(PDF)}` }).click();
    await expect(last.locator(".status").textContent()).resolves.toBe("已取消");
    await page.locator('.batch tr[data-status="done"]').first().waitFor();

    // Read what is shown finished and cancel in one go. While files are checked the table is drawn at most
    // twice a second (src/ui/batch/pace.ts), so a file may also have finished since it was last drawn: it stays finished.
    const shownFinished = await page.evaluate(() => {
      const done = [...document.querySelectorAll('.batch tr[data-status="done"]')].map((row) => row.getAttribute("data-file")!);
      [...document.querySelectorAll<HTMLButtonElement>(".batch button")].find((button) => button.textContent === "全部取消")!.click();
      return done;
    });
    const rows = await batchRows(page);
    const finished = rows.filter((row) => row.kind === "done").map((row) => row.name);
    expect(finished).toEqual(expect.arrayContaining(shownFinished));
    expect(finished.length).toBeLessThan(pdfs.length);
    expect(rows.filter((row) => row.kind !== "done").map((row) => row.status)).toEqual(Array(pdfs.length - finished.length).fill("已取消"));
    expect(finished).not.toContain(basename(PDF));
    const shown = await seenStatuses();
    expect(shown).toContain("排队中");
    expect(shown.some((status) => /^读取中 第\d+\/\d+页$/.test(status))).toBe(true);

    // Added to the batch on screen, the file is checked by a fresh worker.
    await dropFiles(page, [TXT]);
    await batchFinished(page, pdfs.length + 1);
    expect((await batchRows(page)).find((row) => row.name === basename(TXT))).toMatchObject({ status: "已完成" });
    const report = await openFromBatch(page, finished[0]!);
    await report.locator("li[data-rule]").first().waitFor();
  });
});

describe("adding files", () => {
  const app = appSession();
  const inFolder = tempFolder("app-folder-");

  beforeAll(async () => {
    await mkdir(inFolder("年报", "部门"), { recursive: true });
    await writeFile(inFolder("年报", "000.txt"), readFileSync(TXT));
    await writeFile(inFolder("年报", "部门", "002.docx"), readFileSync(DOCX));
    await writeFile(inFolder("年报", "部门", "说明.md"), "不是年报");
  });

  it("takes a folder's report files, at any depth, and skips the rest", async () => {
    const { page } = await app.open();
    await page.getByLabel("选择文件夹").setInputFiles(inFolder("年报"));
    await batchFinished(page, 2);
    const rows = await batchRows(page);
    expect(rows.map((row) => [row.name, row.status]).sort()).toEqual([
      ["年报/000.txt", "已完成"],
      ["年报/部门/002.docx", "已完成"],
    ]);
  });

  it("checks pasted text and opens it", async () => {
    const { page } = await app.open();
    await page.getByRole("button", { name: "粘贴文本" }).click();
    const dialog = page.getByRole("dialog", { name: "粘贴年报全文" });
    await dialog.getByRole("textbox").fill(readFileSync(TXT, "utf8"));
    await dialog.getByRole("button", { name: "检查" }).click();
    const report = page.locator('.report[data-file="粘贴的文本"]');
    await report.locator("li[data-rule]").first().waitFor();
    await expect(report.locator(".agency").textContent()).resolves.toBe((await expectedRow(TXT)).agency);
  });
});
