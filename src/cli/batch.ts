/**
 * Checks a batch of files on worker threads, each thread one file at a time; results in the order of the
 * files. A file with the same bytes as an earlier one is checked once (duplicateResult). A file that takes
 * longer than the time limit has its thread ended and gets `too-complex` naming the limit; the rest goes on.
 */
import { once } from "node:events";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { duplicateResult, stoppedResult, type CheckInput } from "../core/check";
import { MAX_SECONDS_PER_FILE, fileSizeProblem, timeLimitProblem } from "../core/extract/limits";
import { contentHash } from "../core/hash";
import { fileError } from "../core/model/errors";
import type { CheckResult, FileError } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import type { CheckRequest } from "./check-worker";

const WORKER_ENTRY = new URL("./check-worker.mjs", import.meta.url);
/** With --ocr, files may take this many times the usual time limit. */
const OCR_TIME_FACTOR = 5;
/** Enough of a file too large to check to tell its format by. */
const HEAD_BYTES = 64 * 1024;

export interface BatchOptions {
  /** Worker threads; one per core when absent. */
  jobs?: number;
  timeLimitSeconds?: number;
  /** Rule settings every file is checked with. */
  settings?: RuleSettings;
  /** Read scanned PDFs by character recognition (each thread loads the recogniser when it meets one). */
  ocr?: boolean;
  /** Told as each file's result arrives, in the order they arrive. */
  onResult?: (result: CheckResult, done: number, total: number) => void;
}

/** A file's bytes; only its beginning, with its size, when it is too large to check. */
async function readInput(file: string): Promise<CheckInput> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    if (!fileSizeProblem(size)) return { name: file, bytes: await handle.readFile() };
    const { buffer, bytesRead } = await handle.read(new Uint8Array(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return { name: file, bytes: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

/** One worker thread. After a time-out or a crash it is gone and `alive` is false. */
class CheckThread {
  private readonly worker: Worker;
  /** The thread announces itself once loaded; failing to load is a broken installation, not a file's fault. */
  private readonly ready: Promise<unknown[]>;
  alive = true;

  constructor(ocr: boolean) {
    this.worker = new Worker(WORKER_ENTRY, { workerData: { ocr } });
    this.ready = once(this.worker, "message");
  }

  async check(input: CheckInput, timeLimitSeconds: number, settings?: RuleSettings): Promise<CheckResult> {
    await this.ready;
    return new Promise((resolve) => {
      const settle = (result: CheckResult) => {
        clearTimeout(timer);
        this.worker.off("message", settle).off("error", crashed).off("exit", exited);
        resolve(result);
      };
      const stop = (error: FileError) => {
        this.alive = false;
        void this.worker.terminate();
        settle(stoppedResult(input, error));
      };
      const crashed = (error: Error) => stop(fileError("internal-error", `检查线程中止：${error.message}`));
      const exited = (code: number) => crashed(new Error(`检查线程意外退出（退出码 ${code}）`));
      const timer = setTimeout(() => stop(fileError("too-complex", timeLimitProblem(timeLimitSeconds))), timeLimitSeconds * 1000);
      this.worker.on("message", settle).on("error", crashed).on("exit", exited);
      this.worker.postMessage({ input, settings } satisfies CheckRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function checkBatch(files: string[], options: BatchOptions = {}): Promise<CheckResult[]> {
  const { jobs = Math.max(1, availableParallelism()), ocr = false, settings, onResult } = options;
  // Recognising a scan takes seconds a page: the limit grows with it.
  const timeLimitSeconds = options.timeLimitSeconds ?? (ocr ? OCR_TIME_FACTOR : 1) * MAX_SECONDS_PER_FILE;
  const results: CheckResult[] = [];
  const checkOfHash = new Map<string, Promise<CheckResult>>();
  const duplicates: Promise<void>[] = [];
  let next = 0;
  let done = 0;
  const finish = (index: number, result: CheckResult) => {
    results[index] = result;
    onResult?.(result, ++done, files.length);
  };

  /** Takes the next file until none is left; one thread per lane. */
  const lane = async () => {
    let thread: CheckThread | null = null;
    try {
      while (next < files.length) {
        const index = next++;
        const input = await readInput(files[index]);
        const hash = input.size === undefined ? await contentHash(input.bytes) : null;
        const original = hash === null ? undefined : checkOfHash.get(hash);
        if (original) {
          duplicates.push(original.then((result) => finish(index, duplicateResult(result, input.name))));
          continue;
        }
        if (!thread?.alive) thread = new CheckThread(ocr);
        const checking = thread.check(input, timeLimitSeconds, settings);
        if (hash !== null) checkOfHash.set(hash, checking);
        finish(index, await checking);
      }
    } finally {
      await thread?.close();
    }
  };

  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  await Promise.all(duplicates);
  return results;
}
