/**
 * 同时检查的文件数 in the page's settings: the check workers a batch starts follow the reviewer's choice,
 * remembered across a reload, and 自动 follows the cores the browser reports (cores − 1, here 3 of 4).
 */
import { writeFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../helpers/seeds";
import { batchFinished, chooseWorkers, dropFiles } from "./app-actions";
import { appSession } from "./app-session";
import { tempFolder } from "./temp-folder";

/** The browser reports 4 cores and 8 GB, wherever the test runs. */
const FOUR_CORES = `
  Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 4, configurable: true });
  Object.defineProperty(Navigator.prototype, "deviceMemory", { get: () => 8, configurable: true });`;

describe("the number of files checked at once", () => {
  const app = appSession();
  const inFolder = tempFolder("batch-workers-");
  /** Seven reports with different bytes (a seed, or a seed with blank lines added). */
  let files: string[];

  beforeAll(async () => {
    files = [];
    for (let index = 0; index < 7; index++) {
      const path = inFolder(`报告${index + 1}.txt`);
      await writeFile(path, seedText(SEED_IDS[index % SEED_IDS.length]) + "\n".repeat(Math.floor(index / SEED_IDS.length)));
      files.push(path);
    }
  });

  it("starts as many check workers as chosen, remembers the choice, and 自动 takes cores − 1", async () => {
    const { page, context } = await app.open();
    await context.addInitScript(FOUR_CORES);
    await page.reload();
    let workers = 0;
    page.on("worker", (worker) => {
      if (worker.url().includes("check.worker")) workers++;
    });

    await expect(chooseWorkers(page, "1 个")).resolves.toBe("自动（本机 3 个）");
    await dropFiles(page, files.slice(0, 3));
    await batchFinished(page, 3);
    expect(workers).toBe(1);

    await page.reload();
    workers = 0;
    await expect(chooseWorkers(page, "2 个")).resolves.toBe("1 个");
    await dropFiles(page, files.slice(0, 3));
    await batchFinished(page, 3);
    expect(workers).toBe(2);

    // Back to 自动 in the same batch: the next files added get the third worker.
    await expect(chooseWorkers(page, "自动（本机 3 个）")).resolves.toBe("2 个");
    await dropFiles(page, files.slice(3, 7));
    await batchFinished(page, 7);
    expect(workers).toBe(3);
  });
});
