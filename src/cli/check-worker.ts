/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result. A check that throws answers `internal-error` (the tool's fault, not the file's); a crash of the
 * thread itself the batch (batch.ts) turns into the file's error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, internalError, stoppedResult, type CheckInput } from "../core/check";
import type { RuleSettings } from "../core/settings/rule-settings";
import { nodeExtractors, ocrExtractors } from "./extractors";

/** What a worker thread is sent: a file and the settings to check it with. */
export interface CheckRequest {
  input: CheckInput;
  settings?: RuleSettings;
}

const port = parentPort!;
const extractors = (workerData as { ocr?: boolean } | null)?.ocr ? ocrExtractors() : nodeExtractors;

port.on("message", async ({ input, settings }: CheckRequest) => {
  try {
    port.postMessage(await checkFile(input, { extractors, settings }));
  } catch (error) {
    port.postMessage(stoppedResult(input, internalError(error)));
  }
});

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
