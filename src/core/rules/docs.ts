/**
 * A rule's documentation as data, read from the rule itself: for the app's rule pages and for the
 * generated docs/rules/*.md (scripts/rule-docs.ts), so both say the same.
 */
import type { SourceFormat } from "../model/document";
import { SEVERITY_LABELS, type FormatVersion, type Severity } from "../model/report";
import { runsOnVersion } from "./engine";
import type { Rule } from "./rule";

/** rules.md's severity levels, as the reader sees them. */
export const SEVERITY_TEXT: Record<Severity, { label: string; meaning: string }> = {
  error: { label: SEVERITY_LABELS.error, meaning: "违反格式或算术，必定有误" },
  warning: { label: SEVERITY_LABELS.warning, meaning: "很可能有误，需要人工确认" },
  info: { label: SEVERITY_LABELS.info, meaning: "规范性、排版方面的建议" },
};

/** The catalogue's groups in rules.md order; a rule's group is the part of its id before "/". */
const GROUP_TITLES: Record<string, string> = {
  structure: "结构",
  format: "格式版本",
  table2: "表二：主动公开",
  table3: "表三：收到和处理申请",
  table4: "表四：复议与诉讼",
  text: "正文与表格交叉核对",
  section1: "第一部分：总体情况",
  section5: "第五部分：存在的主要问题及改进情况",
  section6: "第六部分：其他需要报告的事项",
  year: "年份与时间",
  meta: "发布与跨年比较",
  typo: "排版与文字",
};

const FORMAT_LABELS: [SourceFormat, string][] = [
  ["txt", "纯文本（TXT）"],
  ["html", "网页（HTML）"],
  ["docx", "Word（DOCX）"],
  ["pdf", "PDF"],
];

const VERSION_LABELS: [FormatVersion, string][] = [
  ["2021", "2021年格式"],
  ["2019-trial", "2019年试行格式"],
  ["pre-2019", "旧条例时期（2008—2018年度）"],
];

export interface RuleDoc {
  id: string;
  title: string;
  group: { key: string; title: string };
  severity: Severity;
  severityLabel: string;
  severityMeaning: string;
  /** What the rule checks. */
  description: string;
  /** The legal or documentary basis: why the rule checks it. */
  basis: string;
  example: { wrong: string; right: string };
  /** The source formats the rule runs on, and those it leaves out. */
  formats: string[];
  skippedFormats: string[];
  /** The report formats (versions) the rule runs on. */
  versions: string[];
  /** The rule's page among the generated docs: "typo-dash.md". */
  page: string;
}

export function groupOf(id: string): { key: string; title: string } {
  const key = id.split("/")[0];
  return { key, title: GROUP_TITLES[key] ?? key };
}

export function ruleDoc(rule: Rule): RuleDoc {
  const skipped = new Set(rule.skipFormats ?? []);
  return {
    id: rule.id,
    title: rule.title,
    group: groupOf(rule.id),
    severity: rule.severity,
    severityLabel: SEVERITY_TEXT[rule.severity].label,
    severityMeaning: SEVERITY_TEXT[rule.severity].meaning,
    description: rule.description,
    basis: rule.basis,
    example: rule.example,
    formats: FORMAT_LABELS.filter(([format]) => !skipped.has(format)).map(([, label]) => label),
    skippedFormats: FORMAT_LABELS.filter(([format]) => skipped.has(format)).map(([, label]) => label),
    versions: VERSION_LABELS.filter(([version]) => runsOnVersion(rule, version)).map(([, label]) => label),
    page: `${rule.id.replace(/\//g, "-")}.md`,
  };
}

/** Rule documents by group, groups in catalogue order (unknown groups last), rules in the order given. */
export function groupedRuleDocs(rules: Rule[]): { key: string; title: string; rules: RuleDoc[] }[] {
  const order = Object.keys(GROUP_TITLES);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const groups = new Map<string, { key: string; title: string; rules: RuleDoc[] }>();
  for (const doc of rules.map(ruleDoc)) {
    const group = groups.get(doc.group.key) ?? { ...doc.group, rules: [] };
    group.rules.push(doc);
    groups.set(doc.group.key, group);
  }
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key));
}
