/**
 * The layout of the history file (exchange.ts writes and reads it, validate.ts checks it): the whole
 * history as one JSON document, every check of every file with the reviewer's marks, and the agencies.
 */
import type { CheckResult } from "../core/model/report";
import type { AgencyProfile } from "./db";
import type { Decisions } from "./decisions";

export const EXPORT_FORMAT = "nianbao-check-history";
/**
 * The version of the file's layout; an import refuses files of a later version. Version 2: typed
 * locations (src/core/model/location.ts); a version 1 file's locations are converted on import.
 */
export const EXPORT_VERSION = 2;

export interface ExportedEntry {
  hash: string;
  size: number;
  /** Every run's result, oldest first. */
  runs: CheckResult[];
  decisions: Decisions;
  /** The file itself in base64, when the user kept it. */
  file?: string;
}

export type ExportedAgency = Omit<AgencyProfile, "id" | "keys">;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  checker: { version: string; rules: string };
  entries: ExportedEntry[];
  agencies: ExportedAgency[];
}
