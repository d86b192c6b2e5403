/**
 * PDF, DOCX and HTML reports checked in Chromium, picked and dropped: each file opened from the batch shows
 * what the same core finds in Node, pdf.js is loaded only for a PDF and fetches its cMaps from our own
 * origin, a bad file in a batch does not stop the others, and a finding's rule documentation opens.
 */
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { fileError } from "../../src/core/model/errors";
import { ruleDoc } from "../../src/core/rules/docs";
import { ruleById } from "../../src/core/rules/index";
import { groupFindings, listedOrder } from "../../src/ui/findings/finding-groups";
import { describeFindingPlaces } from "../../src/core/model/report";
import { batchFinished, dropFiles, openFromBatch, pickFiles } from "./app-actions";
import { appSession, PDFJS_CHUNK } from "./app-session";

interface Report {
  path: string;
  agency: string;
  year: string;
}

const GENERATED = "test/fixtures/generated/";
/** Text in STSong-Light, a font the PDF does not embed: readable only with the predefined cMap UniGB-UCS2-H. */
const STSONG_PDF: Report = { path: GENERATED + "003_f34c183db723c9dd-stsong.pdf", agency: "北关区政务服务和大数据管理局", year: "2023" };
/** A real report exported from WPS. */
const HONGZE_PDF: Report = { path: "test/fixtures/real/hongze-2024.pdf", agency: "淮安市洪泽区人民政府", year: "2024" };
const DOCX: Report = { path: GENERATED + "004_7be0dca35fed79ae.docx", agency: "北京市大兴区亦庄镇人民政府", year: "2023" };
const HTML: Report = { path: GENERATED + "002_c4bd8f948bd08bc9.html", agency: "北京市西城区信访办公室", year: "2023" };
const LEGACY_DOC = GENERATED + "legacy.doc";

const OUTPUT = resolve("test-output");

interface ShownFinding {
  rule: string;
  message: string;
  location: string;
}

interface ShownResult {
  agency: string | null;
  year: string | null;
  error: string | null;
  findings: ShownFinding[];
}

/** What the page shows for a file of the batch, opened once the batch has finished. */
async function shownResult(page: Page, name: string): Promise<ShownResult> {
  const section = await openFromBatch(page, name);
  await section.locator(".agency, .file-error").first().waitFor();
  return section.evaluate((element) => {
    const text = (selector: string, inside: Element = element) => inside.querySelector(selector)?.textContent ?? null;
    return {
      agency: text(".agency"),
      year: text(".year"),
      error: text(".file-error"),
      findings: [...element.querySelectorAll("li[data-rule]")].map((item) => ({
        rule: item.getAttribute("data-rule") ?? "",
        message: text(".message", item) ?? "",
        location: text(".location", item) ?? "",
      })),
    };
  });
}

/** The findings of the same file checked in Node, in the order and words the page lists them. */
async function findingsInNode(report: Report): Promise<ShownFinding[]> {
  const result = await checkFile({ name: basename(report.path), bytes: new Uint8Array(readFileSync(report.path)) }, { extractors: nodeExtractors });
  const findings = result.findings ?? [];
  return listedOrder(groupFindings(findings, result.report?.sections ?? [])).map((index) => findings[index]).map((finding) => ({
    rule: finding.rule,
    message: finding.message,
    location: describeFindingPlaces(finding),
  }));
}

async function expectChecked(page: Page, report: Report): Promise<ShownFinding[]> {
  const shown = await shownResult(page, basename(report.path));
  expect(shown.error).toBeNull();
  expect(shown.agency).toBe(report.agency);
  expect(shown.year).toBe(report.year);
  expect(shown.findings.length).toBeGreaterThan(0);
  expect(shown.findings).toEqual(await findingsInNode(report));
  return shown.findings;
}

async function expectCheckedPdf(page: Page, report: Report): Promise<void> {
  const findings = await expectChecked(page, report);
  for (const { location } of findings) expect(location).toMatch(/^第\d+页( 表[二三四](“[^”]+”行?)?)?$/);
}

/**
 * pdf.js and its worker code were loaded from the app's own folder (by each check worker, and by the page
 * to draw the opened PDF), and fetched the cMap the STSong PDF needs from there too.
 */
function expectPdfJsFromOwnOrigin(requests: string[], appUrl: string): void {
  const chunks = requests.filter((url) => PDFJS_CHUNK.test(url));
  expect(chunks.some((url) => url.includes("/pdf.worker.min-"))).toBe(true);
  expect(chunks.some((url) => !url.includes("/pdf.worker.min-"))).toBe(true);
  for (const url of chunks) expect(url.startsWith(appUrl + "assets/")).toBe(true);
  expect(requests).toContain(appUrl + "pdfjs/cmaps/UniGB-UCS2-H.bcmap");
}

describe("reports as PDF, DOCX and HTML", () => {
  const app = appSession();

  it("checks PDFs, a DOCX, an HTML page and a .doc picked together; the .doc gets its own message", async () => {
    const { page, requests } = await app.open();
    const reports = [STSONG_PDF, HONGZE_PDF, DOCX, HTML];
    await pickFiles(page, [...reports.map((report) => report.path), LEGACY_DOC]);
    await batchFinished(page, reports.length + 1);

    await expectCheckedPdf(page, STSONG_PDF);
    await expectCheckedPdf(page, HONGZE_PDF);
    await expectChecked(page, DOCX);
    await expectChecked(page, HTML);
    const legacy = await shownResult(page, basename(LEGACY_DOC));
    expect(legacy.error).toBe(`无法检查：${fileError("legacy-word").message}`);
    expectPdfJsFromOwnOrigin(requests, app.url());

    await mkdir(OUTPUT, { recursive: true });
    const hongze = await openFromBatch(page, basename(HONGZE_PDF.path));
    await hongze.screenshot({ path: resolve(OUTPUT, "pdf-result.png") });
  });

  it("checks PDFs dropped on the drop zone", async () => {
    const { page, requests } = await app.open();
    await dropFiles(page, [STSONG_PDF.path, HONGZE_PDF.path]);
    await batchFinished(page, 2);

    await expectCheckedPdf(page, STSONG_PDF);
    await expectCheckedPdf(page, HONGZE_PDF);
    expectPdfJsFromOwnOrigin(requests, app.url());
  });

  it("opens a finding's rule documentation with its basis and examples", async () => {
    const { page } = await app.open();
    await pickFiles(page, DOCX.path);
    const finding = page.locator(`[data-file="${basename(DOCX.path)}"] li[data-rule]`).first();
    await finding.waitFor();
    const rule = ruleById((await finding.getAttribute("data-rule")) ?? "");
    expect(rule).toBeDefined();
    const doc = ruleDoc(rule!);

    await finding.getByRole("button", { name: "规则说明" }).click();
    const dialog = page.getByRole("dialog", { name: doc.title });
    await dialog.waitFor();
    await expect(dialog.locator("code").textContent()).resolves.toBe(doc.id);
    await expect(dialog.locator(".basis").textContent()).resolves.toBe(doc.basis);
    await expect(dialog.locator(".wrong").textContent()).resolves.toBe(doc.example.wrong);
    await expect(dialog.locator(".right").textContent()).resolves.toBe(doc.example.right);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, "rule-doc.png") });

    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
  });
});
