/**
 * The export menu in Chromium: the correction list downloads as a CSV that parses back with a row per
 * finding, the Word sheet reads back with our own DOCX reader, a batch's summary sheet has each report's
 * figures, and the printable sheet goes to the print dialog. Downloads come from blob: URLs under the CSP.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import { extractDocx } from "../../src/core/extract/docx";
import type { TableBlock } from "../../src/core/model/document";
import { FINDINGS_HEADER } from "../../src/export/csv";
import { SUMMARY_HEADER } from "../../src/export/rows";
import { FINDINGS_TABLE_HEADER, SIGNATURE_LINE } from "../../src/export/sheet";
import { readCsv } from "../helpers/csv";
import { seedText, truth, type SeedId } from "../helpers/seeds";
import { appSession } from "./app-session";

const SEED: SeedId = "004_7be0dca35fed79ae";
const OTHER_SEED: SeedId = "000_5a9a8d2bc98e1d44";
const NOTE = '已电话核实,按"应为"改';
const seedPath = (id: SeedId) => resolve("public/samples", `${id}.txt`);

/** Picks one seed's text file, which opens it, and waits until its findings show. */
async function checkSeed(page: Page, id: SeedId): Promise<void> {
  await page.locator('input[type="file"][multiple]').setInputFiles(seedPath(id));
  await page.locator(`[data-file="${id}.txt"] [data-rule]`).first().waitFor();
}

/** Picks several seeds' text files, which shows the batch, and waits until each is checked. */
async function checkBatch(page: Page, ids: SeedId[]): Promise<void> {
  await page.locator('input[type="file"][multiple]').setInputFiles(ids.map(seedPath));
  for (const id of ids) await page.locator(`[data-file="${id}.txt"][data-status="done"]`).waitFor();
}

/** Clicks a button of the export menu's group (导出本报告 or 导出全部) and waits for its download. */
async function exported(page: Page, group: "导出本报告" | "导出全部", button: string): Promise<{ download: Download; bytes: Uint8Array }> {
  const menu = page.locator(".export-menu");
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("group", { name: group }).getByRole("button", { name: button }).click()]);
  const path = await download.path();
  return { download, bytes: new Uint8Array(await readFile(path)) };
}

async function findingsInNode(id: SeedId) {
  return (await checkText(`${id}.txt`, seedText(id))).findings ?? [];
}

describe("exports", () => {
  const app = appSession();

  it("downloads one report's correction list as CSV and as a Word sheet, both reading back right", async () => {
    const { page } = await app.open();
    await checkSeed(page, SEED);
    const findings = await findingsInNode(SEED);
    const { agency } = truth(SEED);
    // The reviewer marks the first finding, with a note that needs quoting in a CSV.
    const first = page.locator(`[data-file="${SEED}.txt"] li[data-index="0"]`);
    await first.locator(".finding-main").click();
    await first.getByPlaceholder("备注（可选）").fill(NOTE);
    await first.getByRole("button", { name: "已核实" }).click();
    await first.locator(".decision").waitFor();

    const csv = await exported(page, "导出本报告", "CSV");
    expect(csv.download.suggestedFilename()).toBe(`${agency}2023年报问题清单.csv`);
    const records = readCsv(csv.bytes);
    expect(records[0]).toEqual(FINDINGS_HEADER);
    expect(records.slice(1).map((record) => record[FINDINGS_HEADER.indexOf("规则编号")])).toEqual(findings.map((finding) => finding.rule));
    expect(new Set(records.slice(1).map((record) => record[FINDINGS_HEADER.indexOf("机关")]))).toEqual(new Set([agency]));
    const marks = records.slice(1).map((record) => [record[FINDINGS_HEADER.indexOf("审核标记")], record[FINDINGS_HEADER.indexOf("审核意见")]]);
    expect(marks).toEqual(findings.map((_, index) => (index === 0 ? ["已核实", NOTE] : ["", ""])));

    const word = await exported(page, "导出本报告", "Word");
    expect(word.download.suggestedFilename()).toBe(`${agency}2023年报修改意见.docx`);
    const { blocks } = extractDocx(word.bytes);
    const tables = blocks.filter((block): block is TableBlock => block.type === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0].rows.map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(FINDINGS_TABLE_HEADER);
    expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual(findings.map((finding, index) => [String(index + 1), finding.message]));
    expect(rows[1].slice(5)).toEqual(["已核实", NOTE]);
    const paragraphs = blocks.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
    expect(paragraphs[0]).toBe(`${agency}2023年政府信息公开工作年度报告修改意见`);
    expect(paragraphs.at(-1)).toBe(SIGNATURE_LINE);
  });

  it("downloads a batch's summary sheet with each report's 本年新收 and counts", async () => {
    const { page } = await app.open();
    const ids = [SEED, OTHER_SEED];
    await checkBatch(page, ids);

    const summary = await exported(page, "导出全部", "汇总表");
    expect(summary.download.suggestedFilename()).toBe("年报汇总表.csv");
    const records = readCsv(summary.bytes);
    expect(records[0].slice(0, SUMMARY_HEADER.length)).toEqual(SUMMARY_HEADER);
    const column = (name: string) => SUMMARY_HEADER.indexOf(name);
    const byFile = new Map(records.slice(1).map((record) => [record[column("文件")], record]));
    expect([...byFile.keys()].sort()).toEqual(ids.map((id) => `${id}.txt`).sort());
    for (const id of ids) {
      const record = byFile.get(`${id}.txt`)!;
      const t3 = truth(id).tables.t3 as { new: { total: number } };
      expect(record[column("本年新收")]).toBe(String(t3.new.total));
      expect(record[column("机关")]).toBe(truth(id).agency);
      const errors = (await findingsInNode(id)).filter((finding) => finding.severity === "error").length;
      expect(record[column("错误数")]).toBe(String(errors));
    }
  });

  it("prints the sheet from a frame holding the escaped page", async () => {
    const { context, page } = await app.open();
    // Every frame, the print frame included, hands what it would print to the test instead of a dialog.
    await context.addInitScript(() => {
      window.print = () => {
        (window.top as Window & { printed?: string }).printed = document.documentElement.outerHTML;
      };
    });
    await page.reload();
    await checkSeed(page, SEED);
    const menu = page.locator(".export-menu");
    await menu.locator("summary").click();
    await menu.getByRole("group", { name: "导出本报告" }).getByRole("button", { name: "打印" }).click();

    const handle = await page.waitForFunction(() => (window as Window & { printed?: string }).printed);
    const printed = String(await handle.jsonValue());
    const findings = await findingsInNode(SEED);
    expect(printed).toContain(`<h1>${truth(SEED).agency}2023年政府信息公开工作年度报告修改意见</h1>`);
    expect(printed.match(/<tr>/g)).toHaveLength(findings.length + 1);
    await expect(page.locator("iframe.print-frame").count()).resolves.toBe(0);
  });
});
