/**
 * The local history in IndexedDB (Dexie): every checked file with its runs, the reviewer's decisions,
 * agency profiles and, when the user wants, the file itself. Schema versions keep old entries: each new
 * version says how to bring the stored records up to it.
 */
import Dexie, { type EntityTable, type Table } from "dexie";
import { agencyKey } from "../core/agency";
import type { SourceFormat } from "../core/model/document";
import type { AgencyKind, CheckResult, Severity } from "../core/model/report";
import type { RuleSettings } from "../core/settings/rule-settings";
import type { Decision } from "../shared/review";
import { fillCounts, type RuleCounts } from "./counts";
import { entryKeys, type EntryKeys } from "./entry-keys";
import { upgradeResult } from "./legacy-location";

export const HISTORY_DB_NAME = "nianbao-check-history";

/** One file, recognised by its content hash; checked once or more (its runs). */
export interface EntryRecord extends EntryKeys {
  id: number;
  hash: string;
  /** The names the file was checked under, first name first. */
  names: string[];
  /** The agency and year its latest run read ("" and null when the file could not be read as a report). */
  agency: string;
  /** `agencyKey(agency)`: names written alike share it (schema version 2). */
  agencyKey: string;
  year: number | null;
  format: SourceFormat;
  /** The file's size in bytes, whether or not the file itself is kept. */
  size: number;
  firstCheckedAt: string;
  lastCheckedAt: string;
  /** The rule catalogue version of the latest run, to offer a re-check when the rules are newer. */
  rulesVersion: string;
  /** Findings of the latest run per rule, by the severity found with (schema version 8; counts.ts). */
  ruleCounts: RuleCounts;
  /** Findings of the latest run by severity as the reviewer's rule settings show them, for the list and its order by errors (counts.ts). */
  counts: Record<Severity, number>;
  /** Whether the file's bytes are kept (table `files`). */
  fileStored: boolean;
}

/** An earlier report of the history that a check compared its report with (the cross-year rules). */
export interface ComparedReport {
  file: string;
  agency: string;
  year: number | null;
  checkedAt: string;
}

/** One check of an entry's file: when, with which checker and rules, and its whole result. */
export interface RunRecord {
  id: number;
  entryId: number;
  checkedAt: string;
  result: CheckResult;
  /** The earlier reports the check compared with; absent when the history held none. */
  comparedWith?: ComparedReport[];
}

/** A reviewer's decision on one finding of an entry, under the finding's key (src/shared/finding-key.ts). */
export interface DecisionRecord extends Decision {
  entryId: number;
  key: string;
}

/** What the user confirmed about an agency: its full name, the other names it goes by, its kind. */
export interface AgencyProfile {
  id: number;
  name: string;
  aliases: string[];
  /** `agencyKey` of the name and of every alias, to find the profile by any of them. */
  keys: string[];
  kind: AgencyKind;
  confirmed: boolean;
}

/** A file's bytes, kept when the user asks, under its content hash. */
export interface FileRecord {
  hash: string;
  bytes: Uint8Array;
}

/** An 审核批次: the files a reviewer checks together, by content hash in the batch's order, under a name. */
export interface BatchRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The entries' content hashes, in the order the files were added. */
  hashes: string[];
}

/** Version 1: entries, runs, decisions and files. */
export const SCHEMA_V1 = {
  entries: "++id, &hash, agency, year, lastCheckedAt",
  runs: "++id, entryId, checkedAt",
  decisions: "[entryId+key], entryId",
  files: "hash",
};

/** Version 2: agency profiles, and entries found by their agency key (and year) for versions and earlier years. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  entries: "++id, &hash, agency, agencyKey, [agencyKey+year], year, lastCheckedAt",
  agencies: "++id, name, *keys",
};

/** Version 3: 审核批次, reopened after a reload with their files' marks. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  batches: "++id, updatedAt",
};

/** Version 4: the reviewer's settings, one record per kind (the rule settings under "rules"). */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  settings: "key",
};

/**
 * Version 5: the history at scale. Entries listed a page at a time in each order the list offers (by check
 * time, year, errors; with or without a year), searched by pairs of characters and agency match keys,
 * and those checked with older rules found by their rules' version, without reading every entry.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  entries: [
    SCHEMA_V4.entries,
    "[rulesVersion+id], checkedTime, listYear, [listYear+checkedTime], [counts.error+counts.warning], [listYear+counts.error+counts.warning]",
    "[listYear+agency], *grams, [agencyMatch+agency]",
  ].join(", "),
};

/**
 * Version 7: a search reads exactly the entries whose agency or a name holds its words, from the names'
 * endings (entry-keys.ts searchSuffixes), however many entries share a part of them (北京市, 2020, .pdf);
 * the character runs of version 5 (`grams`) go.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V5,
  entries: SCHEMA_V5.entries.replace("*grams", "*suffixes"),
};

/** A setting of the reviewer's: the rule settings (src/core/settings/rule-settings.ts) under "rules". */
export interface SettingRecord {
  key: "rules";
  value: RuleSettings;
}

export class HistoryDb extends Dexie {
  entries!: EntityTable<EntryRecord, "id">;
  runs!: EntityTable<RunRecord, "id">;
  decisions!: Table<DecisionRecord, [number, string]>;
  agencies!: EntityTable<AgencyProfile, "id">;
  files!: Table<FileRecord, string>;
  batches!: EntityTable<BatchRecord, "id">;
  settings!: Table<SettingRecord, string>;

  constructor(name = HISTORY_DB_NAME) {
    // A write is done once the browser has it, not once the disk has (Chromium waited for the disk, about
    // 50 ms a saved check; Firefox and Safari never do): an operating-system crash may lose the last saves, never
    // corrupt the history.
    super(name, { chromeTransactionDurability: "relaxed" });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table("entries")
          .toCollection()
          .modify((entry: EntryRecord) => {
            entry.agencyKey = agencyKey(entry.agency);
          }),
      );
    this.version(3).stores(SCHEMA_V3);
    // Nothing stored changes: the new table starts empty (no rule turned off).
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade((tx) =>
        tx
          .table("entries")
          .toCollection()
          .modify((entry: EntryRecord) => {
            Object.assign(entry, entryKeys(entry));
          }),
      );
    // Version 6: the typed locations (src/core/model/location.ts); no index changes.
    this.version(6)
      .stores({})
      .upgrade((tx) =>
        tx
          .table("runs")
          .toCollection()
          .modify((run: RunRecord) => {
            run.result = upgradeResult(run.result);
          }),
      );
    this.version(7)
      .stores(SCHEMA_V7)
      .upgrade((tx) =>
        tx
          .table("entries")
          .toCollection()
          .modify((entry: EntryRecord & { grams?: string[] }) => {
            delete entry.grams;
            Object.assign(entry, entryKeys(entry));
          }),
      );
    // Version 8: each entry's findings counted per rule (`ruleCounts`), so that the counts the list shows and
    // sorts by follow the rule settings (counts.ts); no index changes (`counts` keeps its indexes).
    this.version(8).stores({}).upgrade(fillCounts);
  }
}

/** The tables that hold an entry and what belongs to it. */
export function entryTables(db: HistoryDb) {
  return [db.entries, db.runs, db.decisions, db.files];
}
