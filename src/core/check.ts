/**
 * The one entry point: a file's bytes in, a check result out (shared/spec/model.md). Runs unchanged in
 * Node (tests, command line), in a Web Worker and in the page.
 */
import type { ExtractedDocument, SourceFormat } from "./model/document";
import { fileError } from "./model/errors";
import type { AgencyKind, CheckResult, FileError, Finding } from "./model/report";
import { TABLE_KEYS, WHOLE_FILE, type Location, type TableCellRef } from "./model/location";
import { CHECKER_VERSION, RULES_VERSION } from "./model/version";
import { ExtractError } from "./extract/extract-error";
import { fileSizeProblem } from "./extract/limits";
import type { PageProgress } from "./extract/pdfjs-api";
import { sniff, sniffError, type SniffedKind } from "./extract/sniff";
import { extractText } from "./extract/text";
import { parseDocument } from "./parse/index";
import { runRules } from "./rules/engine";
import { RULES, TYPOGRAPHY_RULES } from "./rules/index";
import { OCR_CAVEAT } from "./model/ocr";
import { beijingTime } from "./time";
import type { EarlierReport } from "./rules/rule";
import type { RuleSettings } from "./settings/rule-settings";

export interface CheckInput {
  /** File name or path as the user gave it; only shown, never used to guess the format. */
  name: string;
  bytes: Uint8Array;
  /** The file's size, when `bytes` holds only its beginning because the file is too large to read whole. */
  size?: number;
}

export type Extractor = (bytes: Uint8Array, onPage?: PageProgress) => Promise<ExtractedDocument> | ExtractedDocument;

/** Where a check is: reading the file (with pages for a PDF), then parsing and checking. */
export interface CheckProgress {
  /** "ocr": reading a scan's pages by character recognition. */
  stage: "read" | "ocr" | "check";
  done?: number;
  total?: number;
}

export interface CheckOptions {
  /** Extractors for the formats whose readers are loaded on demand (pdf, docx, html, and doc for every OLE2 file). */
  extractors?: Partial<Record<"pdf" | "docx" | "doc" | "html", Extractor>>;
  /** Told as the check moves on, for a progress bar. */
  onProgress?: (progress: CheckProgress) => void;
  /** Clock, for reproducible results in tests. */
  now?: () => Date;
  /** The same agency's earlier reports, for the cross-year rules; the caller looks them up in its history. */
  history?: EarlierReport[];
  /** The agency's kind as the user confirmed it in the agency's profile, in place of the kind read from its name. */
  agencyKind?: AgencyKind;
  /** Rules turned off or given another severity (src/core/settings/rule-settings.ts). */
  settings?: RuleSettings;
}

const FORMAT_OF_KIND: Partial<Record<SniffedKind, SourceFormat>> = { pdf: "pdf", docx: "docx", doc: "doc", txt: "txt", html: "html" };

function formatOf(kind: SniffedKind): SourceFormat {
  return FORMAT_OF_KIND[kind] ?? "other";
}

async function extract(kind: SniffedKind, bytes: Uint8Array, options: CheckOptions): Promise<ExtractedDocument> {
  options.onProgress?.({ stage: "read" });
  if (kind === "txt") return extractText(bytes);
  // Any OLE2 file goes to the Word 97–2003 reader, which tells what it is when it holds no Word document.
  const extractor = options.extractors?.[kind === "ole2" ? "doc" : (kind as "pdf" | "docx" | "doc" | "html")];
  if (!extractor) throw new ExtractError("unsupported-format", `未加载 ${kind.toUpperCase()} 读取组件`);
  return extractor(bytes, (done, total, step) => options.onProgress?.({ stage: step ?? "read", done, total }));
}

function looksLikeReport(parsed: ReturnType<typeof parseDocument>): boolean {
  const { title, sections, tables } = parsed;
  return Boolean(title) || sections.length >= 2 || Boolean(tables.t2 || tables.t3 || tables.t4);
}

/** What every result says about its file: name, format by the bytes, checker, time. */
function resultHead(input: { name: string }, format: SourceFormat, options: CheckOptions): CheckResult {
  return {
    file: input.name,
    format,
    checker: { version: CHECKER_VERSION, rules: RULES_VERSION },
    checkedAt: beijingTime(options.now?.() ?? new Date()),
    error: null,
  };
}

export async function checkFile(input: CheckInput, options: CheckOptions = {}): Promise<CheckResult> {
  const kind = sniff(input.bytes);
  const result = resultHead(input, formatOf(kind), options);
  const tooLarge = fileSizeProblem(input.size ?? input.bytes.length);
  if (tooLarge) return { ...result, error: fileError("too-large", tooLarge) };
  const sniffed = sniffError(kind);
  if (sniffed) return { ...result, error: fileError(sniffed) };

  let document: ExtractedDocument;
  try {
    document = await extract(kind, input.bytes, options);
  } catch (error) {
    const pages = error instanceof ExtractError ? error.pages : undefined;
    return { ...result, error: toFileError(error), ...(pages !== undefined && { pageCount: pages }) };
  }
  return checkExtracted(result, document, options);
}

/** A document already read, e.g. the blocks a history entry saved: checked again without the original file. */
export interface DocumentInput {
  name: string;
  document: ExtractedDocument;
}

export function checkDocument(input: DocumentInput, options: CheckOptions = {}): CheckResult {
  return checkExtracted(resultHead(input, input.document.format, options), input.document, options);
}

/** Parsing and rules: a failure there is the tool's, never the file's (`internal-error`, the rest of a batch goes on). */
function checkExtracted(result: CheckResult, document: ExtractedDocument, options: CheckOptions): CheckResult {
  try {
    return checkBlocks(result, document, options);
  } catch (error) {
    return { ...result, error: internalError(error), blocks: document.blocks };
  }
}

function checkBlocks(result: CheckResult, document: ExtractedDocument, options: CheckOptions): CheckResult {
  options.onProgress?.({ stage: "check" });
  const parsed = parseDocument(document);
  if (!looksLikeReport(parsed)) return { ...result, error: fileError("not-a-report"), blocks: document.blocks };
  if (options.agencyKind) parsed.report.agencyKind = options.agencyKind;
  if (document.ocr) return checkRecognised(result, parsed, options);
  return { ...result, report: parsed.report, blocks: document.blocks, findings: runRules(parsed, RULES, options.history, options.settings) };
}

/**
 * A scan read by character recognition: the typography rules do not run (they would report recognition
 * noise), and every finding says that it rests on recognised text.
 */
function checkRecognised(result: CheckResult, parsed: ReturnType<typeof parseDocument>, options: CheckOptions): CheckResult {
  const rules = RULES.filter((rule) => !TYPOGRAPHY_RULES.includes(rule));
  const findings = runRules(parsed, rules, options.history, options.settings).map((finding) => ({ ...finding, message: `${finding.message}（${OCR_CAVEAT}）` }));
  return { ...result, ocr: true, report: parsed.report, blocks: parsed.document.blocks, findings, uncertainCells: uncertainCells(parsed) };
}

/** The template cells whose source cell the recogniser marked uncertain, found by their place on the page. */
function uncertainCells(parsed: ReturnType<typeof parseDocument>): TableCellRef[] {
  const place = (location: Location) => (location.kind === "pdf" ? `${location.page} ${location.box.join(" ")}` : null);
  const doubtful = new Set(
    parsed.document.blocks.flatMap((block) => (block.type === "table" ? block.rows.flat().flatMap((cell) => (cell.uncertain ? [place(cell.location)] : [])) : [])),
  );
  return TABLE_KEYS.flatMap((table) =>
    (parsed.tables[table]?.rows ?? []).flatMap((row) =>
      Object.entries(row.cells).flatMap(([column, cell]) => (place(cell.location) !== null && doubtful.has(place(cell.location)) ? [{ table, row: row.key, column }] : [])),
    ),
  );
}

export function internalError(error: unknown): FileError {
  return fileError("internal-error", error instanceof Error ? error.message : String(error));
}

function toFileError(error: unknown): FileError {
  if (error instanceof ExtractError) return fileError(error.code, error.detail);
  return fileError("damaged-file", error instanceof Error ? error.message : String(error));
}

/** The result for a file whose check was stopped from outside, e.g. by a time limit. */
export function stoppedResult(input: CheckInput, error: FileError, options: CheckOptions = {}): CheckResult {
  return { ...resultHead(input, formatOf(sniff(input.bytes)), options), error };
}

/** A file with the same bytes as an earlier one in its batch: that file's result under its own name, marked. */
export function duplicateResult(original: CheckResult, name: string): CheckResult {
  const marker: Finding = {
    rule: "batch/duplicate",
    severity: "info",
    message: `与同批文件“${original.file}”内容完全相同，已按同一份报告处理。`,
    location: WHOLE_FILE,
  };
  return { ...original, file: name, findings: [...(original.findings ?? []), marker] };
}

/** Text pasted into the page, checked as a .txt file. */
export function checkText(name: string, text: string, options: CheckOptions = {}): Promise<CheckResult> {
  return checkFile({ name, bytes: new TextEncoder().encode(text) }, options);
}
