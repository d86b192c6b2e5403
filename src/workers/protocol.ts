/**
 * Messages between the page and a check worker: one request per check, answered by progress and one result.
 * A check is of a file's bytes, or of a result checked before, checked again from its blocks with what the history adds.
 * A file of the batch also gets the history's part in the worker (history.ts): the worker asks for its
 * agency's turn (`turn`), the page gives it (TurnGiven) when the agency's files before it are done.
 */
import type { CheckProgress } from "../core/check";
import type { PdfAssets } from "../core/extract/pdfjs-api";
import type { OcrAssets } from "../core/extract/ocr/tesseract";
import type { CheckResult } from "../core/model/report";
import type { ComparedReport, Decisions, StorageProblem } from "../storage";

/** A file as the history keeps it: its content hash (null where the page cannot hash: the check is not saved) and size. */
export interface StoredFile {
  hash: string | null;
  size: number;
}

/** Pasted text comes as its UTF-8 bytes too: the page keeps every file's bytes for the document view. */
export interface FileCheckRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  pdfAssets: PdfAssets;
  /** Present when the user asked for OCR: a scanned PDF is read by character recognition instead of refused. */
  ocrAssets?: OcrAssets;
  /** Present for the history's part after the check, in the agency's turn (the answer's `history`). */
  history?: StoredFile;
}

/**
 * A result checked again with what the history knows now, saved as another run of its file when that changed
 * it; `rulesChanged`: checked again and saved in any case (the app's rules are newer than the result's).
 */
export interface RecheckRequest {
  id: number;
  recheck: StoredFile & { result: CheckResult; rulesChanged?: boolean };
}

export type CheckRequest = FileCheckRequest | RecheckRequest;

/**
 * The report's agency, with the agency keys the user confirmed as it (its profile's): AgencyTurns
 * (src/ui/history/agency-turns.ts) lets tasks that may touch the same agency's history run one at a time.
 */
export interface AgencyOfTask {
  /** The agency's name as the report gives it; empty when it was not read. */
  agency: string;
  confirmedKeys?: string[];
}

/** The page's answer to `turn`: the agency's turn is the check's; the file's bytes are kept in the history or not (保存原文件). */
export interface TurnGiven {
  id: number;
  keepFile: boolean;
}

/** What the page sends a worker. */
export type PageMessage = CheckRequest | TurnGiven;

/** A check saved in the history: its entry, and the reviewer's marks the entry has (its own, or carried over from the version before). */
export interface SavedCheck {
  entryId: number;
  decisions: Decisions;
}

/** A history entry of the agency's later year, checked again with the new report and saved. */
export interface RecheckedEntry {
  result: CheckResult;
  comparedWith?: ComparedReport[];
  saved: SavedCheck;
}

/** What the history's part did with a check; its failure is `problem`, and the check's result stands. */
export interface HistoryReply {
  /** The earlier reports of the history the result was compared with, if any. */
  comparedWith?: ComparedReport[];
  saved?: SavedCheck;
  later?: RecheckedEntry[];
  problem?: StorageProblem;
}

export type CheckResponse =
  | { id: number; progress: CheckProgress }
  | { id: number; turn: AgencyOfTask }
  /** `history`: what the history's part did; absent when there was none, or a re-check the history did not change. */
  | { id: number; result: CheckResult; history?: HistoryReply }
  | { id: number; failure: string };
