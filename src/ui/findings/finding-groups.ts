/**
 * How the findings panel orders a file's findings: by severity, then by the report's section (a finding in
 * a table under the section that holds the table), then in reading order; filtered by severity and rule.
 */
import { compareLocations } from "../../core/model/location";
import { SEVERITIES, type Finding, type Section, type Severity } from "../../core/model/report";
import { CHINESE_NUMERALS, SECTIONS } from "../../core/model/template";
import { compareCodeUnits } from "../../core/report-files";

export interface FindingFilter {
  severities: readonly Severity[];
  /** null: every rule. */
  rule: string | null;
}

export const NO_FILTER: FindingFilter = { severities: SEVERITIES, rule: null };

/** A finding with its index in `result.findings`, which the selection uses. */
export interface IndexedFinding {
  finding: Finding;
  index: number;
}

export interface SectionGroup {
  /** 0 for the title and anything before the first section. */
  section: number;
  findings: IndexedFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  sections: SectionGroup[];
}

/** The section a finding belongs to: its table's section, else the last section heading at or before it. */
export function sectionOf(finding: Finding, sections: Section[]): number {
  const table = finding.location.template?.table;
  const holding = table && SECTIONS.find((section) => section.table === table);
  if (holding) return holding.number;
  const before = sections
    .filter((section) => compareLocations(section.location, finding.location) <= 0)
    .sort((a, b) => compareLocations(a.location, b.location));
  return before.at(-1)?.number ?? 0;
}

/** "三、收到和处理政府信息公开申请情况", in the template's words whatever the report wrote. */
export function sectionLabel(section: number): string {
  return section === 0 ? "标题与开头" : `${CHINESE_NUMERALS[section - 1]}、${SECTIONS[section - 1].title}`;
}

function matches(filter: FindingFilter): (item: IndexedFinding) => boolean {
  return ({ finding }) => filter.severities.includes(finding.severity) && (filter.rule === null || finding.rule === filter.rule);
}

function bySection(findings: IndexedFinding[], sections: Section[]): SectionGroup[] {
  const groups = new Map<number, IndexedFinding[]>();
  for (const item of findings) {
    const section = sectionOf(item.finding, sections);
    groups.set(section, [...(groups.get(section) ?? []), item]);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([section, items]) => ({
      section,
      findings: items.sort((a, b) => compareLocations(a.finding.location, b.finding.location) || a.index - b.index),
    }));
}

export function groupFindings(findings: Finding[], sections: Section[], filter: FindingFilter = NO_FILTER): SeverityGroup[] {
  const shown = findings.map((finding, index) => ({ finding, index })).filter(matches(filter));
  return SEVERITIES.map((severity) => ({
    severity,
    sections: bySection(
      shown.filter(({ finding }) => finding.severity === severity),
      sections,
    ),
  })).filter((group) => group.sections.length > 0);
}

/** The findings' indexes in the order the panel lists them, for next/previous. */
export function listedOrder(groups: SeverityGroup[]): number[] {
  return groups.flatMap((group) => group.sections.flatMap((section) => section.findings.map((item) => item.index)));
}

/** The rules that found something, with how often, for the rule filter. */
export function ruleCounts(findings: Finding[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { rule } of findings) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => compareCodeUnits(a, b)).map(([rule, count]) => ({ rule, count }));
}

/** The next (step 1) or previous (step -1) listed finding after `current`; the first or last when none is selected. */
export function stepThrough(order: number[], current: number | null, step: 1 | -1): number | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[Math.min(order.length - 1, Math.max(0, at + step))];
}
