import type { ErrorCode } from "../model/report";

/** Thrown by an extractor when a file cannot be read; check() turns it into the result's `error`. */
export class ExtractError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    /** Pages of a scanned or mojibake PDF, for the time an OCR would take. */
    readonly pages?: number,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
