/** The reviewer's rule settings, kept in the history database so that they hold in every report and after a reload. */
import { NO_SETTINGS, type RuleSettings } from "../core/settings/rule-settings";
import type { HistoryDb } from "./db";

export async function loadRuleSettings(db: HistoryDb): Promise<RuleSettings> {
  return (await db.settings.get("rules"))?.value ?? NO_SETTINGS;
}

export async function saveRuleSettings(db: HistoryDb, settings: RuleSettings): Promise<void> {
  await db.settings.put({ key: "rules", value: settings });
}
