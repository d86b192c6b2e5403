/** The report model and the check result: the contract of shared/spec/model.md. */
import type { Block, SourceFormat } from "./document";
import { describePlaces, type Location, type TableCellRef } from "./location";
import type { T3ColumnKey, T4GroupKey } from "./table-keys";

export type { T3ColumnKey, T4GroupKey } from "./table-keys";

/** Most severe first. */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The severities in Chinese (rules.md), as the page, the exports, the rule pages and the command line write them. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const AGENCY_KINDS = ["department", "government", "township", "unknown"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const FORMAT_VERSIONS = ["2021", "2019-trial", "pre-2019"] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

/** A table cell value: a number, or null when the cell holds no number. */
export type CellValue = number | null;

export interface Table2Triple {
  issued: CellValue;
  repealed: CellValue;
  in_force: CellValue;
}

export interface Table2 {
  regulations?: Table2Triple;
  normative_documents?: Table2Triple;
  licensing?: CellValue;
  penalty?: CellValue;
  coercion?: CellValue;
  fees?: CellValue;
}

export type Table3Row = Record<T3ColumnKey, CellValue>;
export type Table3 = Partial<Record<string, Table3Row>>;

export interface Table4Group {
  upheld: CellValue;
  corrected: CellValue;
  other: CellValue;
  pending: CellValue;
  total: CellValue;
}
export type Table4 = Partial<Record<T4GroupKey, Table4Group>>;

export interface Tables {
  t2?: Table2;
  t3?: Table3;
  t4?: Table4;
}

export interface Section {
  number: number;
  title: string;
  heading: string;
  location: Location;
}

export interface Report {
  title: string;
  agency: string;
  agencyKind: AgencyKind;
  year: number | null;
  formatVersion: FormatVersion;
  sections: Section[];
  tables: Tables;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  expected?: number | string;
  actual?: number | string | null;
  location: Location;
  /**
   * A finding about several places, each to be marked, in document order: the same problem repeated in
   * the report, reported once (`location` is the first place), or the blank cells of a table (`location`
   * is the table). Absent when the finding is about one place.
   */
  places?: Location[];
}

/** Every place of a finding: its `places`, or its one location. */
export function findingPlaces(finding: Finding): Location[] {
  return finding.places ?? [finding.location];
}

/** Where a finding is, as every view and export says it: "第3页 表三“（七）总计—总计”", "共4处：第12行、第16行". */
export function describeFindingPlaces(finding: Finding): string {
  return describePlaces(findingPlaces(finding));
}

export type ErrorCode =
  | "empty-file"
  | "too-large"
  | "unsupported-format"
  | "legacy-word"
  | "encrypted-doc"
  | "damaged-doc"
  | "ofd"
  | "damaged-file"
  | "encrypted-pdf"
  | "scanned-pdf"
  | "garbled-text"
  | "not-a-report"
  | "too-complex"
  | "internal-error";

export interface FileError {
  code: ErrorCode;
  message: string;
}

export interface CheckResult {
  file: string;
  format: SourceFormat;
  checker: { version: string; rules: string };
  checkedAt: string;
  error: FileError | null;
  /** Pages of a PDF refused as a scan or as mojibake: what an OCR of it would take. */
  pageCount?: number;
  /** OCR: the template cells read with low confidence or not at all (then empty), to check against the original. */
  uncertainCells?: TableCellRef[];
  /** The text was read from page images by character recognition: every finding needs checking against the original. */
  ocr?: true;
  report?: Report;
  blocks?: Block[];
  findings?: Finding[];
}
