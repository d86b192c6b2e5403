/**
 * The reviewer's rule settings, kept in the history database so that they hold in every report and after a
 * reload. Saving them counts every entry's findings again under them (counts.ts), in the same transaction:
 * the history's list and its order by errors show what the report view shows.
 */
import { NO_SETTINGS, type RuleSettings } from "../core/settings/rule-settings";
import { recount } from "./counts";
import type { HistoryDb } from "./db";
import { writing } from "./quota";

export async function loadRuleSettings(db: HistoryDb): Promise<RuleSettings> {
  return (await db.settings.get("rules"))?.value ?? NO_SETTINGS;
}

/** Saves the settings; entries whose counts change under them are written again (the others are read only). */
export function saveRuleSettings(db: HistoryDb, settings: RuleSettings): Promise<void> {
  return writing(() =>
    db.transaction("rw", [db.settings, db.entries], async () => {
      await db.settings.put({ key: "rules", value: settings });
      await db.entries.toCollection().modify((entry) => recount(entry, settings));
    }),
  );
}
