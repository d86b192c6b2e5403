/**
 * A check worker takes its next file once its current file is checked, while that file's history's part
 * (its agency's turn, the history's look-ups, the save) goes on in the same worker (src/ui/worker-pool.ts).
 * With one worker: a file cancelled while the file before it is in its history's part leaves that file's save
 * alone, and the worker stops once that save is done; one agency's reports of three years, two versions of one
 * year and a mark give the same history whether the batch is dropped at once or its files one at a time.
 */
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Page, Worker } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { HISTORY_DB_NAME } from "../../src/storage/db";
import type { HistoryExport } from "../../src/storage/history-file";
import { inYear } from "../helpers/history";
import { seed004 } from "../helpers/seed-edits";
import { batchFinished, batchRows, chooseWorkers, dropFiles, exportedHistory, historyRows, openFromBatch, showBatch, showHistory } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

const GENERATED = "test/fixtures/generated/";
/** Seed 004 as a PDF and as a DOCX: two files of 北京市大兴区亦庄镇人民政府's 2023 report. */
const PDF_2023 = `${GENERATED}004_7be0dca35fed79ae.pdf`;
const DOCX_2023 = `${GENERATED}004_7be0dca35fed79ae.docx`;
const AGENCY = "北京市大兴区亦庄镇人民政府";
/** Reports of other agencies. */
const OTHER = "public/samples/000_5a9a8d2bc98e1d44.txt";
const LATER = "public/samples/001_2a4087b0dbaec631.txt";
const FILE_2022 = "亦庄镇2022年报.txt";
const FILE_2024 = "亦庄镇2024年报.txt";
const RULE = "table3/cross-year-carry";

/**
 * Seed 004 carries 0 over from the year before and 1 to the year after (自然人 and 总计), so each of its years
 * checked with the year before has these two findings.
 */
const carried = (year: number) =>
  ["自然人", "总计"].map(
    (column) => `${year}年报告表三“二、上年结转政府信息公开申请数量—${column}”为0，但${year - 1}年报告表三“四、结转下年度继续办理—${column}”为1，两者应相等，请核实。`,
  );

/** Drops files and shows the batch (a single file dropped is opened in 单个报告). */
async function drop(page: Page, files: string[]): Promise<void> {
  await dropFiles(page, files);
  await showBatch(page);
}

/** The check workers the page starts, and which of them have stopped. */
function watchWorkers(page: Page): { started: Worker[]; stopped: Worker[] } {
  const workers = { started: [] as Worker[], stopped: [] as Worker[] };
  page.on("worker", (worker) => {
    if (!worker.url().includes("check.worker")) return;
    workers.started.push(worker);
    worker.on("close", () => workers.stopped.push(worker));
  });
  return workers;
}

/**
 * Holds the history's entries and runs in a write transaction of the page's own, kept open until
 * releaseHistory: a worker's history's part waits for them as it would for a slow disk. The agency profiles
 * stay free, so a checked file still asks for its agency's turn.
 */
async function holdHistory(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((held, failed) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => failed(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const entries = db.transaction(["entries", "runs"], "readwrite").objectStore("entries");
          let holding = true;
          (window as unknown as { releaseHistory: () => void }).releaseHistory = () => (holding = false);
          const keep = () => {
            entries.count().onsuccess = () => {
              held();
              if (holding) keep();
              else db.close();
            };
          };
          keep();
        };
      }),
    HISTORY_DB_NAME,
  );
}

const releaseHistory = (page: Page) => page.evaluate(() => (window as unknown as { releaseHistory: () => void }).releaseHistory());

const row = (page: Page, path: string) => page.locator(`.batch tr[data-file="${basename(path)}"]`);

/** The cross-year findings of a file of the batch, as listed. */
async function carriedShown(page: Page, name: string): Promise<string[]> {
  const report = await openFromBatch(page, name);
  await report.locator(".findings li[data-rule]").first().waitFor();
  return report.locator(`li[data-rule="${RULE}"] .message`).allTextContents();
}

/** The history as exported, without the times of the checks and of the export. */
function withoutTimes(exported: HistoryExport): unknown {
  return JSON.parse(JSON.stringify(exported, (key, value) => (key === "checkedAt" || key === "exportedAt" ? undefined : value)));
}

describe("the history's part of a file while its worker checks the next one", () => {
  const app = appSession();
  const path = tempFolder("history-turns-");

  beforeAll(async () => {
    await writeFile(path(FILE_2022), inYear(seed004(), 2022));
    await writeFile(path(FILE_2024), inYear(seed004(), 2024));
  });

  it("keeps a file's save when the next file, taken by the same worker meanwhile, is cancelled; then stops that worker", async () => {
    const { page } = await app.open();
    const workers = watchWorkers(page);
    await chooseWorkers(page, "1 个");
    await drop(page, [OTHER]);
    await batchFinished(page, 1);

    await holdHistory(page);
    await drop(page, [PDF_2023, DOCX_2023]);
    // The one worker takes the DOCX while the PDF, checked, waits for the history in its history's part.
    await page.locator(`.batch tr[data-file="${basename(DOCX_2023)}"]:not([data-status="queued"])`).waitFor();
    await expect(row(page, PDF_2023).getAttribute("data-status")).resolves.not.toBe("done");
    await row(page, DOCX_2023).getByRole("button", { name: `取消检查 ${basename(DOCX_2023)}` }).click();
    await expect(row(page, DOCX_2023).locator(".status").textContent()).resolves.toBe("已取消");
    expect(workers.stopped).toEqual([]);

    await releaseHistory(page);
    await batchFinished(page, 3);
    const shown = (await batchRows(page)).map(({ name, status }) => [name, status]);
    expect(shown.sort(([a], [b]) => a.localeCompare(b))).toEqual([
      [basename(OTHER), "已完成"],
      [basename(DOCX_2023), "已取消"],
      [basename(PDF_2023), "已完成"],
    ]);
    // The worker, retired by the cancel, stops once the PDF's history's part has answered.
    await expect.poll(() => workers.stopped.length).toBe(1);
    expect(workers.started).toHaveLength(1);

    // The PDF is saved; the cancelled DOCX, another file of the same agency and year, is not.
    await showHistory(page);
    await expect.poll(async () => (await historyRows(page)).filter(([agency]) => agency === AGENCY)).toEqual([[AGENCY, "2023", basename(PDF_2023)]]);
    await expect(historyRows(page)).resolves.toHaveLength(2);

    // The next file is checked by a fresh worker.
    await drop(page, [LATER]);
    await batchFinished(page, 4);
    await expect(row(page, LATER).locator(".status").textContent()).resolves.toBe("已完成");
    expect(workers.started).toHaveLength(2);
  });

  /**
   * The 2023 PDF checked and one of its findings marked; then the 2024 report, the 2023 DOCX (a second file of
   * that year) and the 2022 report, with one worker, dropped at once or one at a time. The history as exported.
   */
  async function yearsOfOneAgency(page: Page, atOnce: boolean): Promise<{ exported: HistoryExport; markedRule: string }> {
    await chooseWorkers(page, "1 个");
    await drop(page, [PDF_2023]);
    await batchFinished(page, 1);
    const report = await openFromBatch(page, basename(PDF_2023));
    const marked = report.locator(".findings li[data-rule]").first();
    const markedRule = (await marked.getAttribute("data-rule"))!;
    await marked.locator(".finding-main").click();
    await marked.getByRole("button", { name: "已核实" }).click();
    await showHistory(page);
    await expect.poll(async () => Object.keys((await exportedHistory(page)).entries[0]?.decisions ?? {}).length).toBe(1);

    const files = [path(FILE_2024), DOCX_2023, path(FILE_2022)];
    if (atOnce) await drop(page, files);
    else {
      for (const [index, file] of files.entries()) {
        await drop(page, [file]);
        await batchFinished(page, index + 2);
      }
    }
    await batchFinished(page, 4);
    await showHistory(page);
    return { exported: await exportedHistory(page), markedRule };
  }

  let oneAtATime: unknown;

  it("checks one agency's years one file at a time (the history the batch must give)", async () => {
    const { page } = await app.open();
    oneAtATime = withoutTimes((await yearsOfOneAgency(page, false)).exported);
  });

  it("gives the same history, findings and marks when the years are dropped at once and one worker takes each file before the last one's history's part is done", async () => {
    expect(oneAtATime).toBeDefined();
    const { page } = await app.open();
    const { exported, markedRule } = await yearsOfOneAgency(page, true);
    expect(withoutTimes(exported)).toEqual(oneAtATime);
    expect(exported.entries).toHaveLength(4);

    await expect(historyRows(page).then((rows) => rows.map(([agency, year, name]) => `${agency} ${year} ${name}`).sort())).resolves.toEqual(
      [`${AGENCY} 2022 ${FILE_2022}`, `${AGENCY} 2023 ${basename(DOCX_2023)}`, `${AGENCY} 2023 ${basename(PDF_2023)}`, `${AGENCY} 2024 ${FILE_2024}`].sort(),
    );
    // 2024 is checked with 2023's report; both 2023 files are checked again once 2022 is saved; 2022 has no year before.
    await expect.poll(() => carriedShown(page, FILE_2024)).toEqual(carried(2024));
    await expect.poll(() => carriedShown(page, basename(DOCX_2023))).toEqual(carried(2023));
    await expect.poll(() => carriedShown(page, basename(PDF_2023))).toEqual(carried(2023));
    await expect(carriedShown(page, FILE_2022)).resolves.toEqual([]);
    // The DOCX, a new file of 2023, has the mark made on the PDF.
    const docx = await openFromBatch(page, basename(DOCX_2023));
    await expect(docx.locator(`.findings li[data-rule="${markedRule}"] .decision`).first().textContent()).resolves.toContain("已核实");
  });
});
