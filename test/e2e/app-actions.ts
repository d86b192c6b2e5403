/** What a user does on the app's page, for the end-to-end tests: add files, wait for the batch, open a file, choose the workers, look at the history. */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { HistoryExport } from "../../src/storage/history-file";

/** A file to drop: its path on disk, and the name it has in the drop (its own by default). */
export interface DroppedFile {
  path: string;
  name?: string;
}

/** A real drop: a DataTransfer holding the files, dispatched on the drop zone as the browser does when files are dragged in. */
export async function dropFiles(page: Page, files: (string | DroppedFile)[]): Promise<void> {
  const dropped = files.map((file) => (typeof file === "string" ? { path: file } : file));
  const contents = dropped.map(({ path, name }) => ({ name: name ?? basename(path), base64: readFileSync(path).toString("base64") }));
  await page.evaluate((contents) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of contents) {
      transfer.items.add(new File([Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))], name));
    }
    const zone = document.querySelector(".drop-zone")!;
    for (const type of ["dragenter", "dragover", "drop"]) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  }, contents);
}

/** Picks files through the page's file input (the one for files, not the one for a folder). */
export async function pickFiles(page: Page, paths: string | string[]): Promise<void> {
  await page.getByLabel("选择文件", { exact: true }).setInputFiles(paths);
}

export interface ShownRow {
  name: string;
  agency: string;
  year: string;
  errors: string;
  warnings: string;
  status: string;
  /** data-status: queued, reading, checking, done, failed, cancelled, duplicate. */
  kind: string;
}

/** The batch table's rows, top to bottom, as shown. */
export function batchRows(page: Page): Promise<ShownRow[]> {
  return page.locator(".batch tbody tr[data-file]").evaluateAll((rows) =>
    rows.map((row) => {
      const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? "";
      return {
        name: row.getAttribute("data-file") ?? "",
        agency: text(".agency"),
        year: text(".year"),
        errors: text(".errors"),
        warnings: text(".warnings"),
        status: text(".status"),
        kind: row.getAttribute("data-status") ?? "",
      };
    }),
  );
}

const RUNNING = ["queued", "reading", "recognising", "checking"].map((kind) => `.batch tbody tr[data-status="${kind}"]`).join(", ");

/** Waits until the batch table has `count` rows and none is still waiting or running. */
export async function batchFinished(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    ({ count, running }) => document.querySelectorAll(".batch tbody tr[data-file]").length === count && !document.querySelector(running),
    { count, running: RUNNING },
  );
}

export async function showBatch(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "视图" }).getByRole("button", { name: /^批量/ }).click();
}

/** Opens a file from the batch table in 单个报告 and returns its report. */
export async function openFromBatch(page: Page, name: string): Promise<Locator> {
  await showBatch(page);
  await page.locator(`.batch tr[data-file="${name}"] .name button`).click();
  const report = page.locator(`.report[data-file="${name}"]`);
  await report.waitFor();
  return report;
}

/** Chooses 同时检查的文件数 in the rule settings; answers the choice shown before. */
export async function chooseWorkers(page: Page, label: string): Promise<string> {
  await page.getByRole("button", { name: /^规则设置/ }).click();
  const select = page.getByLabel("同时检查的文件数");
  const before = await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0].textContent!.trim());
  await select.selectOption({ label });
  await page.getByRole("dialog", { name: "规则设置" }).getByRole("button", { name: "关闭" }).click();
  return before;
}

export async function showHistory(page: Page): Promise<Locator> {
  await page.getByRole("navigation", { name: "视图" }).getByRole("button", { name: "历史记录" }).click();
  const history = page.locator(".history");
  await history.waitFor();
  return history;
}

/** The history list's rows as shown: agency, year, file. */
export async function historyRows(page: Page): Promise<string[][]> {
  return page.locator(".history-table tbody tr").evaluateAll((rows) =>
    rows.map((row) => [".agency", ".year", ".names .open"].map((selector) => row.querySelector(selector)?.textContent?.trim() ?? "")),
  );
}

/** The history as the page exports it (导出历史记录). */
export async function exportedHistory(page: Page): Promise<HistoryExport> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出历史记录" }).click()]);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}
