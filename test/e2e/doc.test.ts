/**
 * Word 97–2003 reports in Chromium: dropped on the page with a WPS file holding a Word document and a
 * password-protected .doc, they are checked in the worker, which loads the .doc reader only when the first
 * such file arrives; the page lists what the core finds in Node, and the document view shows the read
 * paragraphs and tables with the findings marked.
 */
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { fileError } from "../../src/core/model/errors";
import { groupFindings, listedOrder } from "../../src/ui/findings/finding-groups";
import { batchFinished, dropFiles, openFromBatch, pickFiles } from "./app-actions";
import { appSession } from "./app-session";

const GENERATED = "test/fixtures/generated/";
const DOCX = GENERATED + "004_7be0dca35fed79ae.docx";
const DOC = GENERATED + "004_7be0dca35fed79ae.doc";
const WPS = { path: GENERATED + "002_c4bd8f948bd08bc9.doc", name: "西城区信访办公室.wps" };
const LOCKED = GENERATED + "003_f34c183db723c9dd-password.doc";
const DOC_CHUNK = /\/assets\/doc-[\w-]+\.js$/;

/** The rules and messages of a file's findings as Node finds them, in the order the page lists them. */
async function findingsInNode(path: string, name = basename(path)): Promise<string[]> {
  const result = await checkFile({ name, bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors });
  const findings = result.findings ?? [];
  return listedOrder(groupFindings(findings, result.report?.sections ?? [])).map((index) => `${findings[index].rule} ${findings[index].message}`);
}

async function shownFindings(page: Page, name: string): Promise<string[]> {
  const report = await openFromBatch(page, name);
  await report.locator("li[data-rule]").first().waitFor();
  return report.locator("li[data-rule]").evaluateAll((items) => items.map((item) => `${item.getAttribute("data-rule")} ${item.querySelector(".message")?.textContent ?? ""}`));
}

/** Clicks the finding of `rule` whose message contains `words` and returns the document view's place it selects. */
async function selectFinding(page: Page, rule: string, words = "") {
  const item = page.locator(`li[data-rule="${rule}"]`).filter({ hasText: words }).first();
  const index = await item.getAttribute("data-index");
  await item.locator(".finding-main").click();
  const place = page.locator(`.document-view .blocks-view [data-finding-index="${index}"][data-selected]`).first();
  await place.waitFor();
  return place;
}

describe("Word 97–2003 reports in the page", () => {
  const app = appSession();

  it("loads the .doc reader only for a .doc, checks .doc and .wps like the rest and shows their blocks with the findings marked", async () => {
    const { page, requests } = await app.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await pickFiles(page, DOCX); // one file opens as it is checked
    await page.locator("li[data-rule]").first().waitFor();
    expect(requests.filter((url) => DOC_CHUNK.test(url))).toEqual([]);

    await dropFiles(page, [DOC, WPS, LOCKED]);
    await batchFinished(page, 4);
    expect(requests.filter((url) => DOC_CHUNK.test(url)).length).toBeGreaterThan(0);

    expect(await shownFindings(page, basename(DOC))).toEqual(await findingsInNode(DOC));
    const view = page.locator(".document-view .blocks-view");
    await expect(view.locator("table").count()).resolves.toBe(3);
    await expect(view.locator("td", { hasText: "三、本年度办理结果" }).count()).resolves.toBe(1);
    const mark = await selectFinding(page, "typo/bracket-pair-mismatch");
    await expect(mark.evaluate((element) => element.localName)).resolves.toBe("mark");
    await expect(mark.textContent()).resolves.toBe("(六）");
    await expect(mark.evaluate((element) => element.closest("p")?.textContent)).resolves.toContain("(六）教育培训");
    await mkdir(resolve("test-output"), { recursive: true });
    await page.locator(".document-view").screenshot({ path: resolve("test-output", "document-doc.png") });

    expect(await shownFindings(page, WPS.name)).toEqual(await findingsInNode(WPS.path, WPS.name));
    const cell = await selectFinding(page, "typo/fullwidth-digit", "规章—本年制发件数");
    await expect(cell.evaluate((element) => element.localName)).resolves.toBe("td");
    await expect(cell.evaluate((element) => element.closest("tr")?.cells[0].textContent?.trim())).resolves.toBe("规章");
    await expect(cell.evaluate((element) => element.closest("tr")?.cells[1] === element)).resolves.toBe(true);

    const locked = await openFromBatch(page, basename(LOCKED));
    await expect(locked.locator(".file-error").textContent()).resolves.toBe(`无法检查：${fileError("encrypted-doc").message}`);
  });
});
