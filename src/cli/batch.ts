/**
 * Checks a batch of files on worker threads, each thread one file at a time. Each result arrives as one
 * line of JSON (made by the thread) and is handed on as it comes; the batch keeps none of them, so a
 * `--jsonl` run over any number of files holds only a hash and a name per file. A file with the same
 * bytes as an earlier one gets that file's result under its own name (duplicateResult): from the earlier
 * result while it is still awaited, kept by the caller or unreadable (kept: a time limit is not waited out
 * twice), otherwise checked again under the earlier file's name. A file that takes longer than the time
 * limit has its thread ended and gets `too-complex` naming the limit; the rest goes on.
 */
import { once } from "node:events";
import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { stoppedResult, type CheckInput } from "../core/check";
import { MAX_SECONDS_PER_FILE, fileSizeProblem, timeLimitProblem } from "../core/extract/limits";
import { contentHash } from "../core/hash";
import { fileError } from "../core/model/errors";
import type { CheckResult, FileError } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import { answerOf, copyAnswer, type Answer } from "./answer";
import type { CheckRequest } from "./check-worker";

const WORKER_ENTRY = new URL("./check-worker.mjs", import.meta.url);
/** With --ocr, files may take this many times the usual time limit. */
const OCR_TIME_FACTOR = 5;
/** Enough of a file too large to check to tell its format by. */
const HEAD_BYTES = 64 * 1024;

interface BatchSettings {
  /** Worker threads; one per core when absent. */
  jobs?: number;
  timeLimitSeconds?: number;
  /** Rule settings every file is checked with. */
  settings?: RuleSettings;
  /** Read scanned PDFs by character recognition (each thread loads the recogniser when it meets one). */
  ocr?: boolean;
}

export interface StreamOptions extends BatchSettings {
  /** Told each file's answer as it arrives (in the order they arrive), with its place in the list. */
  onAnswer: (answer: Answer, index: number, done: number, total: number) => void;
  /** The answer told earlier for the file at `index`, where the caller keeps them: a copy of it then needs no new check. */
  earlier?: (index: number) => Answer | undefined;
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

  async check(input: CheckInput, timeLimitSeconds: number, settings?: RuleSettings): Promise<Answer> {
    await this.ready;
    return new Promise((resolve) => {
      const settle = (answer: Answer) => {
        clearTimeout(timer);
        this.worker.off("message", settle).off("error", crashed).off("exit", exited);
        resolve(answer);
      };
      const stop = (error: FileError) => {
        this.alive = false;
        void this.worker.terminate();
        settle(answerOf(stoppedResult(input, error)));
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

/** The first file with given bytes: where it is in the list, and its answer while that is awaited or when it is unreadable. */
interface Original {
  index: number;
  name: string;
  answer?: Promise<Answer>;
}

/** Checks the files, telling each answer as it arrives; keeps none of them (see the top of this file). */
export async function streamBatch(files: string[], options: StreamOptions): Promise<void> {
  const { jobs = Math.max(1, availableParallelism()), ocr = false, settings, onAnswer, earlier } = options;
  // Recognising a scan takes seconds a page: the limit grows with it.
  const timeLimitSeconds = options.timeLimitSeconds ?? (ocr ? OCR_TIME_FACTOR : 1) * MAX_SECONDS_PER_FILE;
  const originals = new Map<string, Original>();
  const copies = new Set<Promise<void>>();
  let next = 0;
  let done = 0;
  const finish = (index: number, answer: Answer) => onAnswer(answer, index, ++done, files.length);

  /** A copy waits for its original's answer where that is at hand; false when it is not. */
  const copied = (original: Original, index: number, name: string): boolean => {
    const kept = original.answer ?? earlier?.(original.index);
    if (!kept) return false;
    const copy: Promise<void> = Promise.resolve(kept)
      .then((answer) => finish(index, copyAnswer(answer, name)))
      .finally(() => copies.delete(copy));
    copies.add(copy);
    return true;
  };

  /** Takes the next file until none is left; one thread per lane. */
  const lane = async () => {
    let thread: CheckThread | null = null;
    try {
      while (next < files.length) {
        const index = next++;
        const input = await readInput(files[index]);
        const hash = input.size === undefined ? await contentHash(input.bytes) : null;
        const original = hash === null ? undefined : originals.get(hash);
        if (original && copied(original, index, input.name)) continue;
        if (!thread?.alive) thread = new CheckThread(ocr);
        // A copy whose original's answer is gone is checked again under the original's name, then marked as its copy.
        const checking = thread.check(original ? { ...input, name: original.name } : input, timeLimitSeconds, settings);
        let first: Original | undefined;
        if (hash !== null && !original) originals.set(hash, (first = { index, name: input.name, answer: checking }));
        const answer = await checking;
        if (first && !answer.unreadable) delete first.answer;
        finish(index, original ? copyAnswer(answer, input.name) : answer);
      }
    } finally {
      await thread?.close();
    }
  };

  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  await Promise.all(copies);
}

export interface BatchOptions extends BatchSettings {
  /** Told as each file's answer arrives, in the order they arrive: the file, and how many are done of how many. */
  onResult?: (file: string, done: number, total: number) => void;
}

/** The results of all files, in the order of the files. */
export async function checkBatch(files: string[], options: BatchOptions = {}): Promise<CheckResult[]> {
  const answers: Answer[] = [];
  await streamBatch(files, {
    ...options,
    onAnswer: (answer, index, done, total) => {
      answers[index] = answer;
      options.onResult?.(files[index], done, total);
    },
    earlier: (index) => answers[index],
  });
  return answers.map((answer) => JSON.parse(answer.line) as CheckResult);
}
