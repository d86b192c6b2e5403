/**
 * The one entry point: a file's bytes in, a check result out (shared/spec/model.md). Runs unchanged in
 * Node (tests, command line), in a Web Worker and in the page.
 */
import type { ExtractedDocument, SourceFormat } from "./model/document";
import { fileError } from "./model/errors";
import type { CheckResult, FileError } from "./model/report";
import { CHECKER_VERSION, RULES_VERSION } from "./model/version";
import { ExtractError } from "./extract/extract-error";
import type { PageProgress } from "./extract/pdf";
import { sniff, sniffError, type SniffedKind } from "./extract/sniff";
import { extractText } from "./extract/text";
import { parseDocument } from "./parse/index";
import { runRules } from "./rules/engine";

export interface CheckInput {
  /** File name or path as the user gave it; only shown, never used to guess the format. */
  name: string;
  bytes: Uint8Array;
}

export type Extractor = (bytes: Uint8Array, onPage?: PageProgress) => Promise<ExtractedDocument> | ExtractedDocument;

/** Where a check is: reading the file (with pages for a PDF), then parsing and checking. */
export interface CheckProgress {
  stage: "read" | "check";
  done?: number;
  total?: number;
}

export interface CheckOptions {
  /** Extractors for the formats whose readers are loaded on demand (pdf, docx, html). */
  extractors?: Partial<Record<"pdf" | "docx" | "html", Extractor>>;
  /** Told as the check moves on, for a progress bar. */
  onProgress?: (progress: CheckProgress) => void;
  /** Clock, for reproducible results in tests. */
  now?: () => Date;
}

const FORMAT_OF_KIND: Partial<Record<SniffedKind, SourceFormat>> = { pdf: "pdf", docx: "docx", txt: "txt", html: "html" };

/** ISO 8601 with the +08:00 offset the users work in. */
function beijingTime(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, "+08:00");
}

async function extract(kind: SniffedKind, bytes: Uint8Array, options: CheckOptions): Promise<ExtractedDocument> {
  options.onProgress?.({ stage: "read" });
  if (kind === "txt") return extractText(bytes);
  const extractor = options.extractors?.[kind as "pdf" | "docx" | "html"];
  if (!extractor) throw new ExtractError("unsupported-format", `未加载 ${kind.toUpperCase()} 读取组件`);
  return extractor(bytes, (done, total) => options.onProgress?.({ stage: "read", done, total }));
}

function looksLikeReport(parsed: ReturnType<typeof parseDocument>): boolean {
  const { title, sections, tables } = parsed;
  return Boolean(title) || sections.length >= 2 || Boolean(tables.t2 || tables.t3 || tables.t4);
}

export async function checkFile(input: CheckInput, options: CheckOptions = {}): Promise<CheckResult> {
  const kind = sniff(input.bytes);
  const result: CheckResult = {
    file: input.name,
    format: FORMAT_OF_KIND[kind] ?? "other",
    checker: { version: CHECKER_VERSION, rules: RULES_VERSION },
    checkedAt: beijingTime(options.now?.() ?? new Date()),
    error: null,
  };
  const sniffed = sniffError(kind);
  if (sniffed) return { ...result, error: fileError(sniffed) };

  let document: ExtractedDocument;
  try {
    document = await extract(kind, input.bytes, options);
  } catch (error) {
    return { ...result, error: toFileError(error) };
  }
  options.onProgress?.({ stage: "check" });
  const parsed = parseDocument(document);
  if (!looksLikeReport(parsed)) return { ...result, error: fileError("not-a-report"), blocks: document.blocks };
  return { ...result, report: parsed.report, blocks: document.blocks, findings: runRules(parsed) };
}

function toFileError(error: unknown): FileError {
  if (error instanceof ExtractError) return fileError(error.code, error.detail);
  return fileError("damaged-file", error instanceof Error ? error.message : String(error));
}

/** Text pasted into the page, checked as a .txt file. */
export function checkText(name: string, text: string, options: CheckOptions = {}): Promise<CheckResult> {
  return checkFile({ name, bytes: new TextEncoder().encode(text) }, options);
}
