/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result. An exception ends the thread; the batch (batch.ts) turns that into the file's error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile, type CheckInput } from "../core/check";
import { nodeExtractors, ocrExtractors } from "./extractors";

const port = parentPort!;
const extractors = (workerData as { ocr?: boolean } | null)?.ocr ? ocrExtractors() : nodeExtractors;

port.on("message", async (input: CheckInput) => {
  port.postMessage(await checkFile(input, { extractors }));
});

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
