/**
 * Messages between the page and a check worker: one request per check, answered by progress and one result.
 * A check is of a file's bytes, or of a document a check saved (the history's blocks) with what the history adds.
 */
import type { CheckOptions, CheckProgress, DocumentInput } from "../core/check";
import type { PdfAssets } from "../core/extract/pdfjs-api";
import type { OcrAssets } from "../core/extract/ocr/tesseract";
import type { CheckResult } from "../core/model/report";

/** Pasted text comes as its UTF-8 bytes too: the page keeps every file's bytes for the document view. */
export interface FileCheckRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  pdfAssets: PdfAssets;
  /** Present when the user asked for OCR: a scanned PDF is read by character recognition instead of refused. */
  ocrAssets?: OcrAssets;
}

/** What the history adds to a check: the agency's earlier reports and its confirmed kind. */
export type HistoryCheckOptions = Pick<CheckOptions, "history" | "agencyKind">;

export interface SavedCheckRequest {
  id: number;
  saved: DocumentInput;
  options: HistoryCheckOptions;
}

export type CheckRequest = FileCheckRequest | SavedCheckRequest;

export type CheckResponse =
  | { id: number; progress: CheckProgress }
  | { id: number; result: CheckResult }
  | { id: number; failure: string };
