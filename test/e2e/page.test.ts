/** The built first page in Chromium, served from a sub-folder: samples, the file input, CSP, no outside requests. */
import { mkdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { appSession, PDFJS_CHUNK } from "./app-session";

const SAMPLES = resolve("public/samples");
const OUTPUT = resolve("test-output");

async function truth(seed: string): Promise<{ agency: string; year: number }> {
  return JSON.parse(await readFile(resolve("test/truth", seed.replace(/\.txt$/, ".json")), "utf8"));
}

describe("first page", () => {
  const app = appSession();

  it("checks the built-in sample of 亦庄镇 in the worker and lists its findings, without loading pdf.js", async () => {
    const { page, requests } = await app.open();
    await expect(page.locator("h1").textContent()).resolves.toBe("年报校验");
    await page.getByRole("button", { name: "示例：北京市大兴区亦庄镇人民政府2023年报" }).click();

    const result = page.locator('[data-file="004_7be0dca35fed79ae.txt"]');
    await result.locator("[data-rule]").first().waitFor();
    await expect(result.locator(".agency").textContent()).resolves.toBe("北京市大兴区亦庄镇人民政府");
    await expect(result.locator(".year").textContent()).resolves.toBe("2023");
    const rules = await result.locator("[data-rule]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule")));
    for (const rule of rules) expect(rule).toMatch(/^[a-z0-9]+\/[a-z0-9-]+$/);
    expect(requests).toContain(app.url() + "samples/004_7be0dca35fed79ae.txt");
    expect(requests.filter((url) => PDFJS_CHUNK.test(url))).toEqual([]);

    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, "first-page.png"), fullPage: true });
  });

  it("checks a .txt file picked through the file input", async () => {
    const { page } = await app.open();
    const seed = "001_2a4087b0dbaec631.txt";
    const expected = await truth(seed);
    await page.locator('input[type="file"][multiple]').setInputFiles(resolve(SAMPLES, seed));

    const result = page.locator(`[data-file="${seed}"]`);
    await result.locator(".agency").waitFor();
    await expect(result.locator(".agency").textContent()).resolves.toBe(expected.agency);
    await expect(result.locator(".year").textContent()).resolves.toBe(String(expected.year));
    await expect(result.locator(".file-error").count()).resolves.toBe(0);
  });
});
