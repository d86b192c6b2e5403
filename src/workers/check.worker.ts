/** Runs the core off the page: one request, one check result. */
import { checkFile, checkText } from "../core/check";
import { browserExtractors } from "./extractors";
import type { CheckRequest, CheckResponse } from "./protocol";

async function answer(request: CheckRequest): Promise<CheckResponse> {
  const options = { extractors: browserExtractors(request.pdfAssets) };
  try {
    const result =
      "text" in request
        ? await checkText(request.name, request.text, options)
        : await checkFile({ name: request.name, bytes: request.bytes }, options);
    return { id: request.id, result };
  } catch (error) {
    return { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
}

addEventListener("message", async (event: MessageEvent<CheckRequest>) => {
  postMessage(await answer(event.data));
});
