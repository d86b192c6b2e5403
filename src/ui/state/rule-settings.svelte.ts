/**
 * The reviewer's rule settings on the page: loaded from the history database, changed from the findings
 * panel (对所有报告忽略此规则) and the 规则设置 dialog, saved back at once. Every file's result is shown
 * through them (files.svelte.ts), so a rule turned off is gone from every report of the batch, the
 * exports included; the history counts its entries' findings again under them when they are saved. The
 * rule catalogue (ids, titles, severities) loads with the first use, so the page starts small.
 */
import type { Severity } from "../../core/model/report";
import { NO_SETTINGS, withRuleSetting, type RuleSetting, type RuleSettings } from "../../core/settings/rule-settings";
import { loadRuleSettings, saveRuleSettings } from "../../storage";
import { coalesced } from "./coalesced";
import { changed, historyDb } from "./history.svelte";

export interface CatalogueRule {
  id: string;
  title: string;
  severity: Severity;
}

export const ruleSettings = $state<{ value: RuleSettings }>({ value: NO_SETTINGS });

/** The catalogue, empty until loaded. */
export const catalogue = $state<{ rules: CatalogueRule[] }>({ rules: [] });

/** Whether the reviewer changed the settings before the saved ones were read. */
let changedEarly = false;

/** The saved settings, read when the page starts, so every result shows through them from the first. */
async function loadSaved(): Promise<void> {
  try {
    const saved = await loadRuleSettings(historyDb());
    // A change made while the database was read wins.
    if (!changedEarly) ruleSettings.value = saved;
  } catch {
    // Without a database (a private window that refuses IndexedDB) the settings last for this visit.
  }
}

if (typeof indexedDB !== "undefined") void loadSaved();

let loading: Promise<void> | null = null;

/** Loads the rule catalogue, once. */
export function loadRules(): Promise<void> {
  loading ??= import("../../core/rules/index").then(({ RULES }) => {
    catalogue.rules = RULES.map(({ id, title, severity }) => ({ id, title, severity }));
  });
  return loading;
}

export function ruleTitle(id: string): string | undefined {
  return catalogue.rules.find((rule) => rule.id === id)?.title;
}

function ruleOf(id: string): CatalogueRule | undefined {
  return catalogue.rules.find((rule) => rule.id === id);
}

/**
 * Saves the present settings. Saving them counts every history entry again, so changes made meanwhile
 * (several rules turned off in a row) are saved together once it is done, not one by one.
 */
const persist = coalesced(async () => {
  try {
    await saveRuleSettings(historyDb(), $state.snapshot(ruleSettings.value) as RuleSettings);
    // The history's counts follow the settings: its views read again.
    changed();
  } catch {
    // As above: kept for this visit.
  }
});

function save(settings: RuleSettings): Promise<void> {
  changedEarly = true;
  ruleSettings.value = settings;
  return persist();
}

/** Turns a rule off or on, or gives it a severity, in every report. */
export function changeRule(id: string, change: RuleSetting): Promise<void> {
  const rule = ruleOf(id);
  return save(withRuleSetting(ruleSettings.value, id, change, rule?.severity ?? "info"));
}

/** Settings from a file (the 政务公开办's), in place of the present ones. */
export function replaceRuleSettings(settings: RuleSettings): Promise<void> {
  return save(settings);
}
