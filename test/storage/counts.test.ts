import { checked, freshDb } from "../helpers/history-db";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult, Finding, Severity } from "../../src/core/model/report";
import { applyRuleSettings, NO_SETTINGS, type RuleSettings } from "../../src/core/settings/rule-settings";
import { seed } from "../helpers/text-edits";
import { countByRule, shownCounts } from "../../src/storage/counts";
import type { HistoryDb } from "../../src/storage/db";
import { openEntry, saveCheck } from "../../src/storage/entries";
import { exportHistory, importHistory } from "../../src/storage/exchange";
import { listEntries } from "../../src/storage/list";
import { loadRuleSettings, saveRuleSettings } from "../../src/storage/settings";

let base: CheckResult;
/** a: 2 errors of table/amount, 1 warning of typo/dash; b: 1 error of table/amount, 4 warnings of typo/dash; c: 1 warning, 1 info of typo/dash. */
let FILES: CheckResult[];
beforeAll(async () => {
  base = (await checked("base.txt", seed("001"), "2024-01-01T00:00:00Z")).result;
  FILES = [
    result("a.pdf", "2024-01-10T00:00:00Z", [["table/amount", "error", 2], ["typo/dash", "warning", 1]]),
    result("b.pdf", "2024-01-11T00:00:00Z", [["table/amount", "error", 1], ["typo/dash", "warning", 4]]),
    result("c.pdf", "2024-01-12T00:00:00Z", [["typo/dash", "warning", 1], ["typo/dash", "info", 1]]),
  ];
});

/** A finding of `rule` found with `severity` (the rest of it the seed's first finding). */
const finding = (rule: string, severity: Severity): Finding => ({ ...base.findings![0], rule, severity });

/** A check of file `file` with `count` findings of each [rule, severity]. */
function result(file: string, checkedAt: string, findings: [rule: string, severity: Severity, count: number][]): CheckResult {
  return { ...base, file, checkedAt, findings: findings.flatMap(([rule, severity, count]) => Array.from({ length: count }, () => finding(rule, severity))) };
}

/** A content hash for file `index` (an import checks their shape). */
const hash = (index: number) => String(index).padStart(64, "0");

const DASH_OFF: RuleSettings = { rules: { "typo/dash": { enabled: false } } };
const AMOUNT_TO_INFO: RuleSettings = { rules: { "table/amount": { severity: "info" } } };

describe("counts by rule", () => {
  it("counts each rule's findings by the severity found, and shows them as the settings show the findings", () => {
    const findings = FILES[2].findings!.concat(FILES[0].findings!);
    expect(countByRule(findings)).toEqual({ "typo/dash": { warning: 2, info: 1 }, "table/amount": { error: 2 } });
    const agrees = (settings: RuleSettings) => {
      const shown = applyRuleSettings(findings, settings);
      return Object.fromEntries((["error", "warning", "info"] as const).map((severity) => [severity, shown.filter((one) => one.severity === severity).length]));
    };
    for (const settings of [NO_SETTINGS, DASH_OFF, AMOUNT_TO_INFO, { rules: { "typo/dash": { severity: "error" as const }, "table/amount": { enabled: false } } }]) {
      expect(shownCounts(countByRule(findings), settings)).toEqual(agrees(settings));
    }
    expect(shownCounts(countByRule(findings), DASH_OFF)).toEqual({ error: 2, warning: 0, info: 0 });
    expect(shownCounts(countByRule(findings), AMOUNT_TO_INFO)).toEqual({ error: 0, warning: 2, info: 3 });
  });
});

describe("the history's counts follow the rule settings", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  async function filled(): Promise<HistoryDb> {
    db = freshDb();
    for (const [index, file] of FILES.entries()) await saveCheck(db, { result: file, hash: hash(index), size: 1 });
    return db;
  }

  const shown = async (query = {}) => (await listEntries(db, { sort: "errors", descending: true, ...query })).map((entry) => [entry.names[0], entry.counts.error, entry.counts.warning]);

  it("a check saved under settings is counted under them", async () => {
    db = freshDb();
    await saveRuleSettings(db, DASH_OFF);
    const { entryId } = await saveCheck(db, { result: FILES[1], hash: hash(1), size: 1 });
    const entry = (await openEntry(db, entryId))!.entry;
    expect(entry.ruleCounts).toEqual({ "table/amount": { error: 1 }, "typo/dash": { warning: 4 } });
    expect(entry.counts).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it("changing the settings counts every entry again: the list, its order by errors and the year's list follow", async () => {
    await filled();
    expect(await shown()).toEqual([["a.pdf", 2, 1], ["b.pdf", 1, 4], ["c.pdf", 0, 1]]);
    await saveRuleSettings(db, AMOUNT_TO_INFO);
    expect(await shown()).toEqual([["b.pdf", 0, 4], ["c.pdf", 0, 1], ["a.pdf", 0, 1]]);
    expect(await shown({ year: base.report!.year, descending: false })).toEqual([["a.pdf", 0, 1], ["c.pdf", 0, 1], ["b.pdf", 0, 4]]);
    await saveRuleSettings(db, DASH_OFF);
    expect(await shown()).toEqual([["a.pdf", 2, 0], ["b.pdf", 1, 0], ["c.pdf", 0, 0]]);
    expect(await loadRuleSettings(db)).toEqual(DASH_OFF);
    await saveRuleSettings(db, NO_SETTINGS);
    expect(await shown()).toEqual([["a.pdf", 2, 1], ["b.pdf", 1, 4], ["c.pdf", 0, 1]]);
  });

  it("each entry shows what the report view shows of its latest run, and only entries whose counts change are written again", async () => {
    await filled();
    await saveCheck(db, { result: result("a again.pdf", "2024-02-01T00:00:00Z", [["typo/dash", "error", 3]]), hash: hash(0), size: 1 });
    let written = 0;
    db.entries.hook("updating", () => void written++);
    await saveRuleSettings(db, { rules: { "table/amount": { enabled: false } } });
    expect(written).toBe(1);
    for (const settings of [DASH_OFF, AMOUNT_TO_INFO, { rules: { "typo/dash": { severity: "info" as const } } }]) {
      await saveRuleSettings(db, settings);
      for (const entry of await listEntries(db)) {
        const findings = applyRuleSettings((await openEntry(db, entry.id))!.latest.result.findings!, settings);
        const of = (severity: Severity) => findings.filter((one) => one.severity === severity).length;
        expect(entry.counts).toEqual({ error: of("error"), warning: of("warning"), info: of("info") });
      }
    }
  });

  it("an imported history is counted under this history's settings", async () => {
    await filled();
    const exported = JSON.stringify(await exportHistory(db));
    await db.delete();
    db = freshDb();
    await saveRuleSettings(db, AMOUNT_TO_INFO);
    await importHistory(db, exported);
    expect(await shown()).toEqual([["b.pdf", 0, 4], ["c.pdf", 0, 1], ["a.pdf", 0, 1]]);
  });
});
