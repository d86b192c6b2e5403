/** The real command line as `npm run check` starts it (built JavaScript): exit codes and stdout as a user sees them. Kept few, they are slow. */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../core/check";
import type { CheckResult } from "../core/model/report";

const SEED = "public/samples/004_7be0dca35fed79ae.txt";

async function runCheck(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/cli.mjs", ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run check", () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "nianbao-cli-"));
    await mkdir(join(folder, "sub"));
    await copyFile(SEED, join(folder, "1-seed.txt"));
    await writeFile(join(folder, "2-empty.txt"), "");
    await writeFile(join(folder, "sub", "garbage.pdf"), Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    await writeFile(join(folder, "notes.md"), "# not a report file");
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("checks a folder: results in path order, unreadable files as errors, exit code 1", async () => {
    const { code, stdout } = await runCheck(["--json", folder]);
    expect(code).toBe(1);
    const { files } = JSON.parse(stdout) as { files: CheckResult[] };
    expect(files.map((result) => result.file)).toEqual([
      join(folder, "1-seed.txt"),
      join(folder, "2-empty.txt"),
      join(folder, "sub", "garbage.pdf"),
    ]);

    const [seed, empty, garbage] = files;
    expect(empty.error?.code).toBe("empty-file");
    expect(garbage.error?.code).toBe("unsupported-format");
    for (const bad of [empty, garbage]) expect(bad.error?.message).toMatch(/[\u4e00-\u9fff]{4}/);

    expect(seed.error).toBeNull();
    expect(seed.report?.agency).toBe("北京市大兴区亦庄镇人民政府");
    expect(seed.report?.year).toBe(2023);
    const inProcess = await checkFile({ name: seed.file, bytes: await readFile(SEED) });
    expect(seed.findings).toEqual(inProcess.findings);
    expect(seed.blocks).toEqual(inProcess.blocks);
  });

  it("refuses bad usage with exit code 2 and a Chinese usage line", async () => {
    const runs = await Promise.all([runCheck([]), runCheck(["--verbose", folder])]);
    for (const { code, stdout, stderr } of runs) {
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("用法：npm run --silent check -- [--json | --jsonl]");
    }
  });
});
