/**
 * A DOCX turned into HTML by mammoth, off the page: mammoth has no limits of its own, so it gets only a
 * copy of the package whose parts were unpacked within their declared sizes (docx-package.ts).
 */
import { boundedPackage } from "./docx-package";

export type DocxHtmlAnswer = { html: string } | { failure: string };

addEventListener("message", async (event: MessageEvent<ArrayBuffer>) => {
  let answer: DocxHtmlAnswer;
  try {
    const { default: mammoth } = await import("mammoth");
    const arrayBuffer = boundedPackage(new Uint8Array(event.data)).slice().buffer;
    answer = { html: (await mammoth.convertToHtml({ arrayBuffer }, { externalFileAccess: false })).value };
  } catch (error) {
    answer = { failure: error instanceof Error ? error.message : String(error) };
  }
  postMessage(answer);
});
