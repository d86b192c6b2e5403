import { describe, expect, it } from "vitest";
import { seedText } from "../helpers/seeds";
import { checkText } from "../../src/core/check";
import { ruleById } from "../../src/core/rules/index";
import { applyRuleSettings, parseRuleSettings, ruleSettingsJson, withRuleSetting, type RuleSettings } from "../../src/core/settings/rule-settings";

const known = (id: string) => ruleById(id) !== undefined;
const SEED = "004_7be0dca35fed79ae";
const SETTINGS: RuleSettings = {
  rules: { "typo/space-in-cjk": { enabled: false }, "structure/section-number-missing": { severity: "info" } },
};

describe("rule settings in the engine", () => {
  it("leave out a rule turned off and give a rule its chosen severity; the rest is as without settings", async () => {
    const plain = (await checkText("a.txt", seedText(SEED))).findings!;
    const set = (await checkText("a.txt", seedText(SEED), { settings: SETTINGS })).findings!;
    expect(plain.filter((finding) => finding.rule === "typo/space-in-cjk")).toHaveLength(1);
    expect(set.filter((finding) => finding.rule === "typo/space-in-cjk")).toEqual([]);
    const numbers = set.filter((finding) => finding.rule === "structure/section-number-missing");
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((finding) => finding.severity === "info")).toBe(true);
    expect(plain.filter((finding) => finding.rule === "structure/section-number-missing").every((finding) => finding.severity === "warning")).toBe(true);
    // The engine and applying the settings afterwards agree, finding for finding.
    expect(applyRuleSettings(plain, SETTINGS)).toEqual(set);
  });
});

describe("the settings file", () => {
  it("reads back what it writes", () => {
    const text = ruleSettingsJson(SETTINGS);
    expect(JSON.parse(text)).toEqual({ format: "nianbao-check-rule-settings", version: 1, rules: { "structure/section-number-missing": { severity: "info" }, "typo/space-in-cjk": { enabled: false } } });
    expect(parseRuleSettings(text, known)).toEqual(SETTINGS);
    expect(parseRuleSettings(`\uFEFF${text}`, known)).toEqual(SETTINGS);
  });

  it.each([
    ["not JSON", "{rules:", "规则设置文件无法使用：不是 JSON 文件。"],
    ["another file", JSON.stringify({ format: "nianbao-check-history", rules: {} }), "规则设置文件无法使用：不是年报校验的规则设置文件。"],
    ["a later version", JSON.stringify({ format: "nianbao-check-rule-settings", version: 2, rules: {} }), "规则设置文件无法使用：版本 2 不受支持（应为 1）。"],
    ["an unknown rule", JSON.stringify({ format: "nianbao-check-rule-settings", version: 1, rules: { "typo/nothing": { enabled: false } } }), "规则设置文件无法使用：没有编号为“typo/nothing”的规则。"],
    ["a bad severity", JSON.stringify({ format: "nianbao-check-rule-settings", version: 1, rules: { "typo/dash": { severity: "fatal" } } }), "规则设置文件无法使用：规则“typo/dash”的 severity 应为 error、warning 或 info。"],
    ["an unknown key", JSON.stringify({ format: "nianbao-check-rule-settings", version: 1, rules: { "typo/dash": { off: true } } }), "规则设置文件无法使用：规则“typo/dash”有不认识的设置项“off”（可用 enabled、severity）。"],
  ])("refuses %s in Chinese", (_case, text, message) => {
    expect(() => parseRuleSettings(text, known)).toThrow(message);
  });

  it("drops a setting that is back at the rule's defaults", () => {
    const off = withRuleSetting({ rules: {} }, "typo/dash", { enabled: false }, "info");
    expect(off).toEqual({ rules: { "typo/dash": { enabled: false } } });
    const raised = withRuleSetting(off, "typo/dash", { severity: "warning" }, "info");
    expect(raised).toEqual({ rules: { "typo/dash": { enabled: false, severity: "warning" } } });
    expect(withRuleSetting(withRuleSetting(raised, "typo/dash", { enabled: true }, "info"), "typo/dash", { severity: "info" }, "info")).toEqual({ rules: {} });
  });
});
