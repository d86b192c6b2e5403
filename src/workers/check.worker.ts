/** Runs the core off the page: one request, progress messages while it runs, then one check result. */
import { checkFile, type CheckProgress } from "../core/check";
import { browserExtractors } from "./extractors";
import type { CheckRequest, CheckResponse } from "./protocol";

function reply(response: CheckResponse): void {
  postMessage(response);
}

async function answer({ id, name, bytes, pdfAssets }: CheckRequest): Promise<CheckResponse> {
  const onProgress = (progress: CheckProgress) => reply({ id, progress });
  try {
    return { id, result: await checkFile({ name, bytes }, { extractors: browserExtractors(pdfAssets), onProgress }) };
  } catch (error) {
    return { id, failure: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener("message", async (event: MessageEvent<CheckRequest>) => {
  reply(await answer(event.data));
});
