/**
 * Runs the core off the page: one request, progress messages while it runs, then one check result. A file
 * of the batch then takes the history's part here (history.ts) once the page gives its agency's turn. Each
 * request is answered on its own: the page sends the next file once this one asks for its turn, so the next
 * check runs while this file's history's part waits for the page and for IndexedDB.
 */
import { checkFile, type CheckProgress } from "../core/check";
import type { CheckResult } from "../core/model/report";
import { HistoryDb } from "../storage";
import { browserExtractors, browserOcrEngine } from "./extractors";
import { agencyOfResult, historyOfCheck, recheckWithHistory } from "./history";
import type { CheckRequest, CheckResponse, FileCheckRequest, PageMessage, TurnGiven } from "./protocol";

type Answer = Extract<CheckResponse, { result: CheckResult }>;

function reply(response: CheckResponse): void {
  postMessage(response);
}

let db: HistoryDb | null = null;

function historyDb(): HistoryDb {
  db ??= new HistoryDb();
  return db;
}

/** Progress within a stage is told at most this often: each message is a task on the page's thread. */
const PROGRESS_INTERVAL_MS = 250;

/** Tells the page a check's progress: a new stage at once, pages read or recognised at most every PROGRESS_INTERVAL_MS. */
function progressTeller(id: number): (progress: CheckProgress) => void {
  let told = { stage: "", at: -Infinity };
  return (progress) => {
    const now = performance.now();
    if (progress.stage === told.stage && now - told.at < PROGRESS_INTERVAL_MS) return;
    told = { stage: progress.stage, at: now };
    reply({ id, progress });
  };
}

async function checkBytes({ id, name, bytes, pdfAssets, ocrAssets }: FileCheckRequest): Promise<CheckResult> {
  const onProgress = progressTeller(id);
  const ocr = ocrAssets && browserOcrEngine(ocrAssets);
  try {
    return await checkFile({ name, bytes }, { extractors: browserExtractors(pdfAssets, ocr), onProgress });
  } finally {
    // The recogniser's workers and memory (some 100 MB) are given back after each OCR check.
    await ocr?.close();
  }
}

/** Checks waiting for their agency's turn, by id. */
const waiting = new Map<number, (given: TurnGiven) => void>();

/** Asks the page for the agency's turn; the page answers once the same agency's files before this one are done. */
async function turnFor(id: number, result: CheckResult): Promise<TurnGiven> {
  const turn = await agencyOfResult(historyDb(), result);
  return new Promise((given) => {
    waiting.set(id, given);
    reply({ id, turn });
  });
}

async function run(request: CheckRequest): Promise<Omit<Answer, "id">> {
  if ("recheck" in request) return recheckWithHistory(historyDb(), request.recheck.result, request.recheck, request.recheck.rulesChanged);
  const result = await checkBytes(request);
  if (!request.history) return { result };
  const { keepFile } = await turnFor(request.id, result);
  return historyOfCheck(historyDb(), result, { ...request.history, bytes: keepFile ? request.bytes : undefined });
}

async function answer(request: CheckRequest): Promise<CheckResponse> {
  try {
    return { id: request.id, ...(await run(request)) };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener("message", async (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if ("keepFile" in message) {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  } else reply(await answer(message));
});
