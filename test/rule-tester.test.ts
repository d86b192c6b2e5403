/** The rule tester runs a rule the way the check does: through the engine's gates, settings and guard. */
import { describe, expect, it } from "vitest";
import { RULE_FAILED } from "../src/core/rules/engine";
import type { Rule } from "../src/core/rules/rule";
import { BASE_REPORT } from "./helpers/base-report";
import { runRule } from "./helpers/rule-tester";
import { withTrialTable2 } from "./helpers/seeds";
import { seed004 } from "./helpers/seed-edits";

/** A rule that finds one thing on every report it runs on. */
function alwaysFinds(overrides: Partial<Rule> = {}): Rule {
  return {
    id: "test/always",
    severity: "warning",
    title: "总是提示",
    description: "测试用。",
    basis: "测试用。",
    example: { wrong: "", right: "" },
    check: () => [{ message: "有一处问题。", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 2 } }],
    ...overrides,
  };
}

describe("runRule", () => {
  it("gives the rule's findings with its id and severity", () => {
    expect(runRule(alwaysFinds(), BASE_REPORT)).toEqual([{ rule: "test/always", severity: "warning", message: "有一处问题。", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 2 } }]);
  });

  it("keeps the version gate: a 2021-only rule says nothing on a 2019 trial-format report", () => {
    const only2021 = alwaysFinds({ appliesToVersion: (version) => version === "2021" });
    const trial = withTrialTable2(seed004());
    expect(runRule(only2021, { text: trial, version: "2019-trial" })).toEqual([]);
    expect(runRule(only2021, { text: seed004(), version: "2021" })).toHaveLength(1);
  });

  it("keeps the format gate: a rule that skips .txt says nothing on text", () => {
    expect(runRule(alwaysFinds({ skipFormats: ["txt"] }), BASE_REPORT)).toEqual([]);
  });

  it("applies the settings: a rule turned off says nothing, another severity is given", () => {
    expect(runRule(alwaysFinds(), { text: BASE_REPORT, settings: { rules: { "test/always": { enabled: false } } } })).toEqual([]);
    expect(runRule(alwaysFinds(), { text: BASE_REPORT, settings: { rules: { "test/always": { severity: "info" } } } })).toMatchObject([{ severity: "info" }]);
  });

  it("runs the rule guarded: a rule that throws gives engine/rule-failed, which no expected list holds", () => {
    const broken = alwaysFinds({
      check: () => {
        throw new Error("bug");
      },
    });
    expect(runRule(broken, BASE_REPORT)).toMatchObject([{ rule: RULE_FAILED }]);
  });

  it("refuses a case whose stated version is not the report's", () => {
    expect(() => runRule(alwaysFinds(), { text: BASE_REPORT, version: "pre-2019" })).toThrow(/read as format 2021/);
  });
});
