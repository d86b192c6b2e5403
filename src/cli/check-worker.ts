/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result. An exception ends the thread; the batch (batch.ts) turns that into the file's error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "../core/check";
import type { CheckRequest } from "./batch";
import { nodeExtractors, ocrExtractors } from "./extractors";

const port = parentPort!;
const extractors = (workerData as { ocr?: boolean } | null)?.ocr ? ocrExtractors() : nodeExtractors;

port.on("message", async ({ input, settings }: CheckRequest) => {
  port.postMessage(await checkFile(input, { extractors, settings }));
});

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
