/**
 * A command-line worker thread: checks the files it is sent, one at a time, and answers each with its
 * result. An exception ends the thread; the batch (batch.ts) turns that into the file's error.
 */
import { parentPort } from "node:worker_threads";
import { checkFile } from "../core/check";
import type { CheckRequest } from "./batch";
import { nodeExtractors } from "./extractors";

const port = parentPort!;

port.on("message", async ({ input, settings }: CheckRequest) => {
  port.postMessage(await checkFile(input, { extractors: nodeExtractors, settings }));
});

/** Loaded and listening: from now on a file's time limit counts checking only. */
port.postMessage("ready");
