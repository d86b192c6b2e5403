/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result as one line of JSON (made here, so that the main thread only writes it). A check that throws
 * answers `internal-error` (the tool's fault, not the file's); a crash of the thread itself the batch
 * (batch.ts) turns into the file's error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, internalError, stoppedResult, type CheckInput } from "../core/check";
import type { CheckResult } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import { answerOf } from "./answer";
import { nodeExtractors, ocrExtractors } from "./extractors";

/** What a worker thread is sent: a file and the settings to check it with. */
export interface CheckRequest {
  input: CheckInput;
  settings?: RuleSettings;
}

const port = parentPort!;
const extractors = (workerData as { ocr?: boolean } | null)?.ocr ? ocrExtractors() : nodeExtractors;

function check({ input, settings }: CheckRequest): Promise<CheckResult> {
  return checkFile(input, { extractors, settings }).catch((error: unknown) => stoppedResult(input, internalError(error)));
}

port.on("message", async (request: CheckRequest) => port.postMessage(answerOf(await check(request))));

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
