/**
 * A scan in the page: refused with the offer to read it by character recognition; after the click, read
 * in the check worker page by page with progress, findings on recognised text with their places boxed on
 * the page image. tesseract.js, its wasm core and the Chinese data come from the app's own origin (the
 * session's watch fails the test on any other request), are not precached, are cached once used, and
 * then OCR works with the network off.
 */
import { basename } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { OCR_CAVEAT } from "../../src/core/model/ocr";
import { dropFiles } from "./app-actions";
import { appSession } from "./app-session";

const SCAN = "test/fixtures/scanned/000-150dpi.pdf";
/** A PDF whose fonts have no Unicode map (mojibake): its pages are drawn on an OffscreenCanvas in the worker. */
const GARBLED = "test/fixtures/scanned/000-no-tounicode.pdf";
const OCR_FILES = ["worker.min.js", "chi_sim.traineddata.gz"];
/** Reading five pages on a busy two-core machine. */
const OCR_TIMEOUT = 540_000;

async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
    return urls;
  });
}

/** Drops the file (a single file opens), takes the offer, and waits for the findings of the recognised text. */
async function recogniseScan(page: Page, file = SCAN, refusal = /扫描图片/): Promise<void> {
  await dropFiles(page, [file]);
  const report = page.locator(`.report[data-file="${basename(file)}"]`);
  await expect(report.locator(".file-error").textContent()).resolves.toMatch(refusal);
  const offer = report.getByRole("button", { name: /^识别图片中的文字（在本机进行，约需 \d+ 秒）$/ });
  await offer.click();
  await expect(report.getByRole("status").filter({ hasText: /正在识别图片中的文字：第 \d\/5 页/ }).waitFor()).resolves.toBeUndefined();
  await report.locator("li[data-rule]").first().waitFor({ timeout: OCR_TIMEOUT });
}

/**
 * The LSTM-only wasm core warns, on the console, of the legacy engine's parameters that the chi_sim data's
 * config names: Tesseract's own start-up message, printed before any setting of ours can silence it.
 */
const TESSERACT_START_UP = /^Warning: Parameter not found: \w+$/;

describe("OCR of a scan in the page", () => {
  const app = appSession(TESSERACT_START_UP);

  it("offers OCR, reads the scan with progress, boxes findings on the page image, and works offline once used", { timeout: 2 * OCR_TIMEOUT + 60_000 }, async () => {
    const { context, page, requests } = await app.open();
    const appUrl = app.url();
    await page.evaluate(async () => navigator.serviceWorker.ready);
    expect((await cachedUrls(page)).filter((url) => url.includes("/tesseract/"))).toEqual([]);

    await recogniseScan(page);
    const report = page.locator(`.report[data-file="${basename(SCAN)}"]`);
    await expect(report.locator(".ocr-note").textContent()).resolves.toContain(OCR_CAVEAT);
    const messages = await report.locator("li[data-rule]").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => !message.includes(OCR_CAVEAT))).toEqual([]);
    expect(await report.locator('li[data-rule^="typo/"]').count()).toBe(0);

    // A finding's place is boxed on the scanned page, which pdf.js draws.
    const finding = report.locator("li[data-rule]").first();
    const index = await finding.getAttribute("data-index");
    await finding.locator(".finding-main").click();
    await page.locator(`.document-view [data-finding-index="${index}"][data-selected]`).first().waitFor();

    for (const file of OCR_FILES) expect(requests).toContain(`${appUrl}tesseract/${file}`);
    // One core for the browser (each of the four recognisers asks for the same one).
    expect(new Set(requests.filter((url) => /\/tesseract\/tesseract-core-[\w-]*lstm\.wasm\.js$/.test(url))).size).toBe(1);
    const cached = await cachedUrls(page);
    for (const file of OCR_FILES) expect(cached).toContain(`${appUrl}tesseract/${file}`);

    await context.setOffline(true);
    await page.reload();
    await page.locator("h1").waitFor();
    await recogniseScan(page);
  });

  it("offers OCR for a mojibake PDF and checks it after the click, its pages drawn in the worker", { timeout: OCR_TIMEOUT + 60_000 }, async () => {
    const { page } = await app.open();
    await recogniseScan(page, GARBLED, /乱码/);
    const report = page.locator(`.report[data-file="${basename(GARBLED)}"]`);
    await expect(report.locator(".ocr-note").textContent()).resolves.toContain(OCR_CAVEAT);
    const messages = await report.locator("li[data-rule]").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => !message.includes(OCR_CAVEAT))).toEqual([]);
    // The agency, read from the title on the drawn first page.
    await expect(report.locator(".agency").textContent()).resolves.toBe("市机关事务局");
  });
});
