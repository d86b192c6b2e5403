/**
 * The hostile and odd inputs as one batch through the command line's batch function (worker threads,
 * files read from disk): each file gets what it gets alone, the good files in between are checked, the
 * same file twice is checked once and marked, and a file over the time limit is stopped.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blankPdf } from "../../scripts/bench/generate";
import { checkBatch } from "../../src/cli/batch";
import { fileError } from "../../src/core/model/errors";
import type { CheckResult } from "../../src/core/model/report";
import { READABLE, REFUSED, expectOutcome } from "./inputs";

const GOOD_FILES = ["public/samples/004_7be0dca35fed79ae.txt", "test/fixtures/generated/001_2a4087b0dbaec631.docx", "test/fixtures/real/hongze-2024.pdf"];
const HOSTILE = [...REFUSED, ...READABLE];

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "nianbao-robustness-"));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe("one batch of every hostile and odd input, with good reports between them", () => {
  let paths: string[];
  let results: CheckResult[];

  beforeAll(async () => {
    const hostile = await Promise.all(
      HOSTILE.map(async (input, index) => {
        const path = join(folder, `${String(index).padStart(2, "0")}-${input.name}`);
        await writeFile(path, input.bytes());
        return path;
      }),
    );
    // A good file after every fifth hostile one, taking turns, and the first good file again at the end.
    paths = hostile.flatMap((path, index) => (index % 5 === 4 ? [path, GOOD_FILES[Math.floor(index / 5) % GOOD_FILES.length]] : [path]));
    paths.push(GOOD_FILES[0]);
    results = await checkBatch(paths, { jobs: 2 });
  }, 120_000);

  it("answers every file, in the order given", () => {
    expect(results.map((result) => result.file)).toEqual(paths);
  });

  it.each(HOSTILE.map((input, index) => ({ ...input, index })))("$kind", async ({ index, ...input }) => {
    const position = paths.findIndex((path) => path.includes(`${String(index).padStart(2, "0")}-`));
    await expectOutcome(input, results[position]);
  });

  it("checks the good files between them", () => {
    const good = results.filter((result) => GOOD_FILES.includes(result.file));
    expect(good.length).toBeGreaterThanOrEqual(GOOD_FILES.length + 1);
    for (const result of good) {
      expect(result.error).toBeNull();
      expect(result.report?.tables.t3).toBeDefined();
    }
  });

  it("checks the same file twice in a batch once, and marks the second as a duplicate of the first", () => {
    const [first, ...again] = results.filter((result) => result.file === GOOD_FILES[0]);
    expect(again.length).toBeGreaterThan(0);
    for (const duplicate of again) {
      expect(duplicate).toEqual({
        ...first,
        findings: [
          ...first.findings!,
          {
            rule: "batch/duplicate",
            severity: "info",
            message: `与同批文件“${GOOD_FILES[0]}”内容完全相同，已按同一份报告处理。`,
            location: { kind: "file" },
          },
        ],
      });
    }
  });
});

describe("the time limit", () => {
  it("stops a file that takes longer, names the limit, and checks the next file on a fresh thread", async () => {
    const slow = join(folder, "slow.pdf");
    const note = join(folder, "note.txt");
    await writeFile(slow, blankPdf(2000));
    await writeFile(note, "会议纪要\n今天讨论了食堂菜单。\n");
    const [stopped, next] = await checkBatch([slow, note], { jobs: 1, timeLimitSeconds: 0.5 });
    expect(stopped).toMatchObject({ file: slow, format: "pdf", error: fileError("too-complex", "检查用时超过 0.5 秒的上限，已停止") });
    // Read and parsed on the fresh thread (a short note, so that it stays well within the limit).
    expect(next).toMatchObject({ file: note, format: "txt", error: fileError("not-a-report") });
  });
});
