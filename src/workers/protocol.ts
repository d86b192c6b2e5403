/** Messages between the page and a check worker: one request per file, answered by progress and one result. */
import type { CheckProgress } from "../core/check";
import type { PdfAssets } from "../core/extract/pdf";
import type { CheckResult } from "../core/model/report";

/** Pasted text comes as its UTF-8 bytes too: the page keeps every file's bytes for the document view. */
export interface CheckRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  pdfAssets: PdfAssets;
}

export type CheckResponse =
  | { id: number; progress: CheckProgress }
  | { id: number; result: CheckResult }
  | { id: number; failure: string };
