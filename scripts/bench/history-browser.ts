/**
 * The history at scale in Chromium's own IndexedDB: history-page.ts bundled (vite, no config) into a blank
 * page served on 127.0.0.1, in Debian's Chromium (playwright-core), timing the same calls on the same data
 * as the Node figures, whose fake-indexeddb keeps every record in the JS heap and clones it on each read.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Rollup } from "vite";
import type { CheckResult } from "../../src/core/model/report";
import { launchChromium } from "../../test/e2e/browser";
import { serveFolder } from "../../test/e2e/static-server";
import type { Times } from "./history-scale";

const ENTRY = fileURLToPath(new URL("history-page.ts", import.meta.url));

async function bundled(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ["es"], fileName: "history-page" } },
  })) as Rollup.RollupOutput[];
  return output[0].output[0].code;
}

/** The Node figures' measures, timed in Chromium in `folder` (a temp folder of the bench's). */
export async function browserTimes(seedResults: CheckResult[], runs: number, folder: string): Promise<Times> {
  writeFileSync(join(folder, "history-page.js"), await bundled());
  writeFileSync(join(folder, "index.html"), '<!doctype html><meta charset="utf-8"><script type="module" src="history-page.js"></script>');
  const server = await serveFolder(folder, "history-bench");
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.waitForFunction("typeof historyTimes === 'function'");
    // A string, not a function: tsx would wrap a function in helpers the page does not have.
    return (await page.evaluate(`historyTimes(${JSON.stringify(seedResults)}, ${runs})`)) as Times;
  } finally {
    await browser.close();
    await server.close();
  }
}
