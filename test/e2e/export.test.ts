/**
 * The export menu in Chromium: the correction list downloads as a CSV that parses back with a row per
 * finding, the 修改意见 letters (one .docx, or a zip of one per report) read back with our own DOCX reader,
 * the boss's 审核情况汇总 carries the batch chart as a PNG, a batch's summary sheet has each report's
 * figures, a rule turned off is gone from every report, and the printable letter goes to the print dialog.
 * Downloads come from blob: URLs under the CSP.
 */
import { unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import { extractDocx } from "../../src/core/extract/docx";
import type { TableBlock } from "../../src/core/model/document";
import { FINDINGS_HEADER } from "../../src/export/csv";
import { SUMMARY_HEADER } from "../../src/export/rows";
import { BRIEF_TITLE, FREQUENT_HEADER } from "../../src/export/brief";
import { LETTER_HEADER } from "../../src/export/letter";
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
  if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) await menu.locator(":scope > summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.getByRole("group", { name: group }).getByRole("button", { name: button, exact: true }).click()]);
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

    const word = await exported(page, "导出本报告", "修改意见");
    expect(word.download.suggestedFilename()).toBe(`${agency}2023年政府信息公开工作年度报告修改意见.docx`);
    const { blocks } = extractDocx(word.bytes);
    const tables = blocks.filter((block): block is TableBlock => block.type === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0].rows.map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(LETTER_HEADER);
    // The letter leaves out 提示 (by default: the one marked above among them) and lists the warnings in document order.
    expect(findings[0].severity).toBe("info");
    const sent = findings.filter((finding) => finding.severity !== "info");
    expect(rows.slice(1).map((row) => row[2].split("\n").at(-1))).toEqual(sent.map((finding) => finding.rule));
    expect(rows.slice(1).every((row) => row[2].startsWith("【警告】"))).toBe(true);
    const paragraphs = blocks.flatMap((block) => (block.type === "paragraph" && block.text ? [block.text] : []));
    expect(paragraphs.slice(0, 2)).toEqual([`${agency}2023年政府信息公开工作年度报告修改意见`, `${agency}：`]);
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
    await menu.locator(":scope > summary").click();
    await menu.getByRole("group", { name: "导出本报告" }).getByRole("button", { name: "打印修改意见" }).click();

    const handle = await page.waitForFunction(() => (window as Window & { printed?: string }).printed);
    const printed = String(await handle.jsonValue());
    const findings = await findingsInNode(SEED);
    expect(printed).toContain(`<h1>${truth(SEED).agency}2023年政府信息公开工作年度报告修改意见</h1>`);
    expect(printed.match(/<tr>/g)).toHaveLength(findings.filter((finding) => finding.severity !== "info").length + 1);
    await expect(page.locator("iframe.print-frame").count()).resolves.toBe(0);
  });

  it("exports a batch's letters as a zip, one per report: errors first, 不是问题 left out", async () => {
    const { page } = await app.open();
    const ids: SeedId[] = ["002_c4bd8f948bd08bc9", OTHER_SEED, SEED];
    await checkBatch(page, ids);
    // In 002 the reviewer judges the warning 不是问题.
    await page.locator(`.batch tr[data-file="${ids[0]}.txt"] .name button`).click();
    const warning = page.locator(`.report[data-file="${ids[0]}.txt"] li.severity-warning`).first();
    await warning.locator(".finding-main").click();
    await warning.getByRole("button", { name: "不是问题" }).click();
    await warning.locator(".decision").waitFor();

    const zip = await exported(page, "导出全部", "修改意见（每机关一份，zip）");
    expect(zip.download.suggestedFilename()).toBe("年报修改意见（3份）.zip");
    const letters = unzipSync(zip.bytes);
    expect(Object.keys(letters).sort()).toEqual(ids.map((id) => `${truth(id).agency}2023年政府信息公开工作年度报告修改意见.docx`).sort());
    const rowsOf = (id: SeedId) => {
      const { blocks } = extractDocx(letters[`${truth(id).agency}2023年政府信息公开工作年度报告修改意见.docx`]);
      const [table] = blocks.filter((block): block is TableBlock => block.type === "table");
      return table ? table.rows.slice(1).map((row) => row.map((cell) => cell.text)) : [];
    };
    // 002: its one error (last in the document) first; its one warning dismissed; 提示 left out.
    const findings002 = await findingsInNode(ids[0]);
    const error = findings002.find((finding) => finding.severity === "error")!;
    expect(rowsOf(ids[0])).toHaveLength(1);
    expect(rowsOf(ids[0])[0][2]).toContain(error.message);
    expect(rowsOf(ids[0])[0][2].startsWith("【错误】")).toBe(true);
    // 004: its five warnings, in document order.
    expect(rowsOf(SEED).map((row) => row[2].split("\n").at(-1))).toEqual((await findingsInNode(SEED)).filter((f) => f.severity === "warning").map((f) => f.rule));
  });

  it("turns a rule off from a finding: gone in every report and in the exports, and still off after a reload", async () => {
    const { page } = await app.open();
    const ids: SeedId[] = [SEED, OTHER_SEED];
    await checkBatch(page, ids);
    const rule = "typo/halfwidth-punct-in-cjk";
    for (const id of ids) expect((await findingsInNode(id)).some((finding) => finding.rule === rule)).toBe(true);
    await page.locator(`.batch tr[data-file="${SEED}.txt"] .name button`).click();
    const report = page.locator(`.report[data-file="${SEED}.txt"]`);
    await report.locator(`li[data-rule="${rule}"]`).first().getByRole("button", { name: "对所有报告忽略此规则" }).click();
    await report.getByRole("status").filter({ hasText: "已在所有报告中忽略“中文正文使用半角标点”，可在“规则设置”中恢复。" }).waitFor();
    expect(await report.locator(`li[data-rule="${rule}"]`).count()).toBe(0);

    await page.getByRole("button", { name: /^批量/ }).click();
    await page.locator(`.batch tr[data-file="${OTHER_SEED}.txt"] .name button`).click();
    const other = page.locator(`.report[data-file="${OTHER_SEED}.txt"]`);
    await other.locator("li[data-rule]").first().waitFor();
    expect(await other.locator(`li[data-rule="${rule}"]`).count()).toBe(0);

    const csv = readCsv((await exported(page, "导出全部", "CSV")).bytes);
    const rules = csv.slice(1).map((record) => record[FINDINGS_HEADER.indexOf("规则编号")]);
    expect(rules).not.toContain(rule);
    const expected = (await Promise.all(ids.map(findingsInNode))).flat().filter((finding) => finding.rule !== rule).length;
    expect(rules).toHaveLength(expected);

    await page.reload();
    await page.getByRole("button", { name: /^规则设置/ }).waitFor();
    expect(await page.getByRole("button", { name: /^规则设置/ }).textContent()).toBe("规则设置（已改 1 条）");
    await page.getByRole("button", { name: /^规则设置/ }).click();
    const dialog = page.getByRole("dialog", { name: "规则设置" });
    await expect(dialog.getByRole("checkbox", { name: "检查“中文正文使用半角标点”" }).isChecked()).resolves.toBe(false);
    await expect(dialog.getByRole("checkbox", { name: "检查“破折号写法”" }).isChecked()).resolves.toBe(true);
  });

  it("exports 审核情况汇总 for the boss, with the batch chart as a PNG picture", async () => {
    const { page } = await app.open();
    const ids: SeedId[] = [SEED, OTHER_SEED, "002_c4bd8f948bd08bc9"];
    await checkBatch(page, ids);
    const brief = await exported(page, "导出全部", "审核情况汇总");
    expect(brief.download.suggestedFilename()).toBe(`${BRIEF_TITLE}.docx`);
    const { blocks } = extractDocx(brief.bytes);
    const paragraphs = blocks.flatMap((block) => (block.type === "paragraph" && block.text ? [block.text] : []));
    const all = (await Promise.all(ids.map(findingsInNode))).flat();
    const count = (severity: string) => all.filter((finding) => finding.severity === severity).length;
    expect(paragraphs[2]).toBe(
      `本次共审核年度报告3份，涉及3个机关。其中1份存在错误，2份只有警告，0份未发现错误和警告。共发现错误${count("error")}条、警告${count("warning")}条、提示${count("info")}条。`,
    );
    const [frequent] = blocks.filter((block): block is TableBlock => block.type === "table");
    expect(frequent.rows[0].map((cell) => cell.text)).toEqual(FREQUENT_HEADER);
    const png = unzipSync(brief.bytes)["word/media/image1.png"];
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Drawn at twice its 720 CSS pixels.
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1440);
  });
});
