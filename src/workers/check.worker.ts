/** Runs the core off the page: one request, progress messages while it runs, then one check result. */
import { checkDocument, checkFile, type CheckProgress } from "../core/check";
import type { CheckResult } from "../core/model/report";
import { browserExtractors, browserOcrEngine } from "./extractors";
import type { CheckRequest, CheckResponse } from "./protocol";

function reply(response: CheckResponse): void {
  postMessage(response);
}

async function run(request: CheckRequest): Promise<CheckResult> {
  if ("saved" in request) return checkDocument(request.saved, request.options);
  const { id, name, bytes, pdfAssets, ocrAssets } = request;
  const onProgress = (progress: CheckProgress) => reply({ id, progress });
  const ocr = ocrAssets && browserOcrEngine(ocrAssets);
  try {
    return await checkFile({ name, bytes }, { extractors: browserExtractors(pdfAssets, ocr), onProgress });
  } finally {
    // The recogniser's workers and memory (some 100 MB) are given back after each OCR check.
    await ocr?.close();
  }
}

async function answer(request: CheckRequest): Promise<CheckResponse> {
  try {
    return { id: request.id, result: await run(request) };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener("message", async (event: MessageEvent<CheckRequest>) => {
  reply(await answer(event.data));
});
