/**
 * Offline after the first visit: the service worker precaches the whole build, and with the browser
 * offline the reloaded app still checks a PDF that needs a bundled cMap, and a DOCX. Every request, the
 * service worker's own included, stays on 127.0.0.1, and none reaches the server while offline.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { appSession, PDFJS_CHUNK } from "./app-session";

const GENERATED = "test/fixtures/generated/";
/** Text in STSong-Light, not embedded: readable only with pdf.js's predefined cMap UniGB-UCS2-H. */
const STSONG_PDF = { path: GENERATED + "003_f34c183db723c9dd-stsong.pdf", agency: "北关区政务服务和大数据管理局" };
const DOCX = { path: GENERATED + "004_7be0dca35fed79ae.docx", agency: "北京市大兴区亦庄镇人民政府" };

/**
 * Every file the build wrote but the service worker itself and the OCR files (tesseract/, loaded only on
 * demand, see ocr.test.ts), as URLs under the app's address.
 */
function builtFiles(appUrl: string): string[] {
  const dist = resolve("dist");
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== "sw.js" && !relative(dist, entry.parentPath).startsWith("tesseract"))
    .map((entry) => appUrl + relative(dist, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** Waits until the service worker is active and controls the page, then lists what its cache holds. */
async function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    const names = await caches.keys();
    if (names.length !== 1) throw new Error(`expected one cache, found ${names.length}`);
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((request) => request.url).sort();
  });
}

async function ruleIdsInNode(path: string): Promise<string[]> {
  const result = await checkFile({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors });
  return [...new Set((result.findings ?? []).map((finding) => finding.rule))].sort();
}

/** Picks one file and waits for its result: its agency, and the rule ids of its findings on the page. */
async function checkOnPage(page: Page, path: string): Promise<{ agency: string | null; rules: string[] }> {
  await page.locator('input[type="file"][multiple]').setInputFiles(path);
  const result = page.locator(`[data-file="${basename(path)}"]`);
  await result.locator("[data-rule]").first().waitFor();
  const rules = await result.locator("[data-rule]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule") ?? ""));
  return { agency: await result.locator(".agency").first().textContent(), rules: [...new Set(rules)].sort() };
}

describe("offline after the first visit", () => {
  const app = appSession();

  it("precaches the build, then checks a PDF needing a bundled cMap and a DOCX with the network off", async () => {
    const { context, page, serviceWorkerRequests } = await app.open();
    const appUrl = app.url();

    const built = builtFiles(appUrl);
    expect(built.filter((url) => PDFJS_CHUNK.test(url)).length).toBeGreaterThanOrEqual(2);
    expect(built).toContain(appUrl + "pdfjs/cmaps/UniGB-UCS2-H.bcmap");
    expect(await precachedUrls(page)).toEqual(built);
    // The context saw the service worker's own requests: its script and each file it precached.
    expect(new Set(serviceWorkerRequests)).toEqual(new Set([appUrl + "sw.js", ...built]));

    const receivedOnline = app.received().length;
    await context.setOffline(true);
    await page.reload();
    await page.locator("h1").waitFor();

    const pdf = await checkOnPage(page, STSONG_PDF.path);
    expect(pdf.agency).toBe(STSONG_PDF.agency);
    expect(pdf.rules).toEqual(await ruleIdsInNode(STSONG_PDF.path));
    expect(pdf.rules.length).toBeGreaterThan(0);

    const docx = await checkOnPage(page, DOCX.path);
    expect(docx.agency).toBe(DOCX.agency);
    expect(docx.rules).toEqual(await ruleIdsInNode(DOCX.path));
    expect(docx.rules.length).toBeGreaterThan(0);

    // Only the browser's own update check of the service worker's script may get through: Chromium makes it
    // outside the emulated network conditions (really offline it fails, and the installed worker stays).
    const receivedOffline = app.received().slice(receivedOnline);
    expect(receivedOffline.filter((path) => path !== new URL("sw.js", appUrl).pathname)).toEqual([]);
  });
});
