/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result as one line of JSON (made here, so that the main thread only writes it). A check that throws
 * answers `internal-error` (the tool's fault, not the file's); a crash of the thread itself the batch
 * (batch.ts) turns into the file's error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, duplicateResult, internalError, stoppedResult, type CheckInput } from "../core/check";
import type { CheckResult } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import { answerOf } from "./answer";
import { nodeExtractors, ocrExtractors } from "./extractors";

/** What a worker thread is sent: a file, the settings to check it with, and the earlier file it is a copy of, if any. */
export interface CheckRequest {
  input: CheckInput;
  settings?: RuleSettings;
  /** Checked under this name, then marked as a copy of that file (duplicateResult). */
  copyOf?: string;
}

const port = parentPort!;
const extractors = (workerData as { ocr?: boolean } | null)?.ocr ? ocrExtractors() : nodeExtractors;

async function check({ input, settings, copyOf }: CheckRequest): Promise<CheckResult> {
  const named = copyOf === undefined ? input : { ...input, name: copyOf };
  const result = await checkFile(named, { extractors, settings }).catch((error: unknown) => stoppedResult(named, internalError(error)));
  return copyOf === undefined ? result : duplicateResult(result, input.name);
}

port.on("message", async (request: CheckRequest) => port.postMessage(answerOf(await check(request))));

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
