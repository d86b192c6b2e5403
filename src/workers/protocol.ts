/** Messages between the page and the check worker. */
import type { PdfAssets } from "../core/extract/pdf";
import type { CheckResult } from "../core/model/report";

export type CheckRequest = { id: number; name: string; pdfAssets: PdfAssets } & ({ bytes: Uint8Array } | { text: string });

export type CheckResponse = { id: number; result: CheckResult } | { id: number; failure: string };
