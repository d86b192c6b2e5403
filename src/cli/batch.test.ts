/** The batch on worker threads: the same results as checking in-process, in order, whatever the thread count. */
import { copyFile, mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, duplicateResult } from "../core/check";
import { fileError } from "../core/model/errors";
import type { CheckResult } from "../core/model/report";
import type { Answer } from "./answer";
import { checkBatch, streamBatch } from "./batch";
import { nodeExtractors } from "./extractors";

const FILES = [
  "test/fixtures/real/hongze-2024.pdf",
  "public/samples/000_5a9a8d2bc98e1d44.txt",
  "test/fixtures/generated/003_f34c183db723c9dd.docx",
  "test/fixtures/generated/damaged.pdf",
  "test/fixtures/generated/004_7be0dca35fed79ae.html",
];

/** V8's collector, called at once (tests only). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** A result without the time it was made. */
const timeless = ({ checkedAt: _checkedAt, ...rest }: CheckResult) => rest;

describe("checkBatch", () => {
  it("gives on one thread and on two what checking each file in-process gives, in the order of the files", async () => {
    const inProcess = await Promise.all(FILES.map(async (file) => checkFile({ name: file, bytes: await readFile(file) }, { extractors: nodeExtractors })));
    const [one, two] = [await checkBatch(FILES, { jobs: 1 }), await checkBatch(FILES, { jobs: 2 })];
    expect(one.map(timeless)).toEqual(inProcess.map(timeless));
    expect(two.map(timeless)).toEqual(inProcess.map(timeless));
  }, 60_000);

  it("tells each result as it arrives, counting up to the total", async () => {
    const told: string[] = [];
    await checkBatch(FILES.slice(1, 4), { jobs: 2, onResult: (file, done, total) => told.push(`${done}/${total} ${file}`) });
    expect(told.map((line) => line.split(" ")[0])).toEqual(["1/3", "2/3", "3/3"]);
    expect(told.map((line) => line.split(" ")[1]).sort()).toEqual(FILES.slice(1, 4).sort());
  });

  describe("a file over the size limit", () => {
    let folder: string;
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), "nianbao-batch-"));
    });
    afterAll(() => rm(folder, { recursive: true, force: true }));

    it("is refused by its size without being read whole (a sparse 3 GB file, past what Node can read at once)", async () => {
      const huge = join(folder, "huge.pdf");
      const handle = await open(huge, "w");
      await handle.write("%PDF-1.7\n");
      await handle.truncate(3 * 1024 ** 3);
      await handle.close();
      const [result, next] = await checkBatch([huge, FILES[1]], { jobs: 1 });
      expect(result).toMatchObject({ file: huge, format: "pdf", error: fileError("too-large", "文件大小 3072.0 MB，超过 50 MB 的上限") });
      expect(next.error).toBeNull();
    });
  });

  describe("streamed (--jsonl)", () => {
    let folder: string;
    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), "nianbao-stream-"));
    });
    afterAll(() => rm(folder, { recursive: true, force: true }));

    it("keeps no answer once it is told, and checks a later copy of a told file again under that file's name", async () => {
      const copy = join(folder, "copy.txt");
      await copyFile(FILES[1], copy);
      const files = [FILES[1], FILES[2], FILES[4], copy];
      const gc = collector();
      const told: WeakRef<Answer>[] = [];
      const lines: string[] = [];
      let keptWhenLastTold = -1;
      await streamBatch(files, {
        jobs: 1,
        onAnswer: (answer, index, done, total) => {
          lines[index] = answer.line;
          told.push(new WeakRef(answer));
          if (done < total) return;
          gc();
          keptWhenLastTold = told.slice(0, -1).filter((ref) => ref.deref() !== undefined).length;
        },
      });
      expect(keptWhenLastTold).toBe(0);
      const [original, , , duplicate] = lines.map((line) => JSON.parse(line) as CheckResult);
      expect(timeless(duplicate)).toEqual(timeless(duplicateResult(original, copy)));
      expect(duplicate.findings?.at(-1)?.rule).toBe("batch/duplicate");
    }, 60_000);
  });
});
