/** The built first page in Chromium, served from a sub-folder: samples, the file input, CSP, no outside requests. */
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openWatchedPage, requestsLeaving, type WatchedPage } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";

const DIST = resolve("dist");
const SAMPLES = resolve("public/samples");
const OUTPUT = resolve("test-output");

async function truth(seed: string): Promise<{ agency: string; year: number }> {
  return JSON.parse(await readFile(resolve("test/truth", seed.replace(/\.txt$/, ".json")), "utf8"));
}

describe("first page", () => {
  let server: StaticServer;
  let browser: Browser;
  let watched: WatchedPage;

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, "index.html"))) throw new Error("dist/ is missing: run `vite build` first (npm test does).");
    server = await serveFolder(DIST, "nianbao");
    browser = await launchChromium();
  });

  afterEach(async () => {
    expect(requestsLeaving(watched.requests, server.origin)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await watched.context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("checks the built-in sample of 亦庄镇 in the worker and lists its findings", async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    await page.goto(server.url);
    await expect(page.locator("h1").textContent()).resolves.toBe("年报校验");
    await page.getByRole("button", { name: "示例：北京市大兴区亦庄镇人民政府2023年报" }).click();

    const result = page.locator('[data-file="004_7be0dca35fed79ae.txt"]');
    await result.locator("[data-rule]").first().waitFor();
    await expect(result.locator(".agency").textContent()).resolves.toBe("北京市大兴区亦庄镇人民政府");
    await expect(result.locator(".year").textContent()).resolves.toBe("2023");
    const rules = await result.locator("[data-rule]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule")));
    for (const rule of rules) expect(rule).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    expect(watched.requests).toContain(server.url + "samples/004_7be0dca35fed79ae.txt");

    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, "first-page.png"), fullPage: true });
  });

  it("checks a .txt file picked through the file input", async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    const seed = "001_2a4087b0dbaec631.txt";
    const expected = await truth(seed);
    await page.goto(server.url);
    await page.locator('input[type="file"]').setInputFiles(resolve(SAMPLES, seed));

    const result = page.locator(`[data-file="${seed}"]`);
    await result.locator(".agency").waitFor();
    await expect(result.locator(".agency").textContent()).resolves.toBe(expected.agency);
    await expect(result.locator(".year").textContent()).resolves.toBe(String(expected.year));
    await expect(result.locator(".file-error").count()).resolves.toBe(0);
  });
});
