/**
 * The reviewer's rule settings: rules turned off and rules given another severity. A plain object, the
 * same on the page (kept in the history), on the command line (`--config FILE`) and in the small JSON
 * file a 政务公开办 hands to its agencies. The check applies them in the engine; the page applies them to
 * results already in, so that a change shows at once in every report.
 */
import { SEVERITIES, type Finding, type Severity } from "../model/report";

export interface RuleSetting {
  /** false: the rule does not run and its findings are not shown. */
  enabled?: boolean;
  /** The severity its findings get in place of the rule's own. */
  severity?: Severity;
}

export interface RuleSettings {
  rules: Record<string, RuleSetting>;
}

export const SETTINGS_FORMAT = "nianbao-check-rule-settings";
export const SETTINGS_VERSION = 1;

export const NO_SETTINGS: RuleSettings = { rules: {} };


export class RuleSettingsError extends Error {}

export function isRuleOn(settings: RuleSettings, rule: string): boolean {
  return settings.rules[rule]?.enabled !== false;
}

/** The severity a finding of `rule` found with `severity` shows with under the settings; null when the rule is off. */
export function shownSeverity(settings: RuleSettings, rule: string, severity: Severity): Severity | null {
  return isRuleOn(settings, rule) ? (settings.rules[rule]?.severity ?? severity) : null;
}

/** The findings as the settings want them: those of rules turned off gone, severities replaced. */
export function applyRuleSettings(findings: Finding[], settings: RuleSettings): Finding[] {
  return findings.flatMap((finding) => {
    const severity = shownSeverity(settings, finding.rule, finding.severity);
    if (severity === null) return [];
    return severity !== finding.severity ? [{ ...finding, severity }] : [finding];
  });
}

/** One rule's setting changed; a setting back to the rule's defaults is dropped, so the file stays small. */
export function withRuleSetting(settings: RuleSettings, rule: string, change: RuleSetting, defaultSeverity: Severity): RuleSettings {
  const merged = { ...settings.rules[rule], ...change };
  const setting: RuleSetting = {
    ...(merged.enabled === false && { enabled: false }),
    ...(merged.severity && merged.severity !== defaultSeverity && { severity: merged.severity }),
  };
  const { [rule]: _old, ...others } = settings.rules;
  return { rules: Object.keys(setting).length ? { ...others, [rule]: setting } : others };
}

/** The settings file's text. */
export function ruleSettingsJson(settings: RuleSettings): string {
  const rules = Object.fromEntries(Object.entries(settings.rules).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ format: SETTINGS_FORMAT, version: SETTINGS_VERSION, rules }, null, 2) + "\n";
}

function problem(text: string): never {
  throw new RuleSettingsError(`规则设置文件无法使用：${text}`);
}

function readSetting(rule: string, value: unknown, known: (id: string) => boolean): RuleSetting {
  if (!known(rule)) problem(`没有编号为“${rule}”的规则。`);
  if (typeof value !== "object" || value === null || Array.isArray(value)) problem(`规则“${rule}”的设置应是一个对象。`);
  const { enabled, severity, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length) problem(`规则“${rule}”有不认识的设置项“${extra[0]}”（可用 enabled、severity）。`);
  if (enabled !== undefined && typeof enabled !== "boolean") problem(`规则“${rule}”的 enabled 应为 true 或 false。`);
  if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) problem(`规则“${rule}”的 severity 应为 error、warning 或 info。`);
  return { ...(enabled === false && { enabled }), ...(severity !== undefined && { severity: severity as Severity }) };
}

/**
 * Reads a settings file. `known` tells a rule id of the catalogue; anything else (not JSON, another
 * file, an unknown rule or value) is refused with a Chinese sentence saying what is wrong.
 */
export function parseRuleSettings(text: string, known: (id: string) => boolean): RuleSettings {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    problem("不是 JSON 文件。");
  }
  const file = data as Record<string, unknown> | null;
  if (typeof file !== "object" || file === null || file.format !== SETTINGS_FORMAT) problem("不是年报校验的规则设置文件。");
  if (file.version !== SETTINGS_VERSION) problem(`版本 ${String(file.version)} 不受支持（应为 ${SETTINGS_VERSION}）。`);
  const rules = file.rules;
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) problem("缺少 rules 对象。");
  return { rules: Object.fromEntries(Object.entries(rules).map(([rule, value]) => [rule, readSetting(rule, value, known)])) };
}
