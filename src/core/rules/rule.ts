/**
 * A rule: one check of the catalogue (shared/spec/rules.md). Each rule lives in its own file, exports one
 * `Rule`, and is listed in rules/index.ts.
 */
import type { Block, SourceFormat } from "../model/document";
import type { Finding, Report, Severity } from "../model/report";
import type { ParsedReport } from "../parse/parsed";

/** What a rule reports; the engine adds the rule's id and severity. */
export type FindingDraft = Omit<Finding, "rule" | "severity"> & { severity?: Severity };

/** A report of the same agency checked before, from the history: what the cross-year rules compare with. */
export interface EarlierReport {
  report: Report;
  blocks: Block[];
  checkedAt: string;
  file: string;
}

export interface RuleContext {
  parsed: ParsedReport;
  /** The same agency's earlier reports, looked up by the caller; absent or empty without a history. */
  history?: EarlierReport[];
}

export interface Rule {
  /** The id of rules.md, exactly. */
  id: string;
  severity: Severity;
  /** Short Chinese name, for the findings panel and the rule page. */
  title: string;
  /** What the rule checks, in Chinese. */
  description: string;
  /** The legal or documentary basis (条例, 格式, 收费办法…). */
  basis: string;
  /** A wrong and a right example, for the rule's documentation page. */
  example: { wrong: string; right: string };
  /** Formats the rule does not apply to (rules.md "按格式不适用的规则"). */
  skipFormats?: SourceFormat[];
  /** Whether the rule runs on reports of this format version; default: the 2021 and 2019 formats, not pre-2019 reports (only recognised). */
  appliesToVersion?: (version: ParsedReport["report"]["formatVersion"]) => boolean;
  check(context: RuleContext): FindingDraft[];
}
