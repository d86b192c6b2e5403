/**
 * Find rule X by its id: the rule `text/t3-new` is the one export of src/core/rules/text/t3-new.ts, is
 * registered, has its page in the catalogue (docs/rules) and its tests in test/rules/text/t3-new.test.ts,
 * written with the one rule tester.
 * Rule files import only the shared helpers (rules/lib), the rule types and what lies outside rules/,
 * never another rule.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleDoc } from "../src/core/rules/docs";
import { RULES } from "../src/core/rules/index";
import type { Rule } from "../src/core/rules/rule";
import { RULE_DOCS_DIR } from "../scripts/rule-docs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RULES_DIR = join(ROOT, "src/core/rules");

/** Every module of a rule folder (src/core/rules/<prefix>/<name>.ts; lib/ holds the helpers), by its id-shaped path. */
const MODULES = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>(["../src/core/rules/*/*.ts", "!../src/core/rules/lib/**"], { eager: true })).map(
    ([path, module]) => [path.replace("../src/core/rules/", "").replace(/\.ts$/, ""), module],
  ),
);

const isRule = (value: unknown): value is Rule => typeof value === "object" && value !== null && "id" in value && "check" in value;

const catalogue = readFileSync(join(RULE_DOCS_DIR, "README.md"), "utf8");

describe("rule files ↔ ids ↔ the catalogue", () => {
  it("finds the rule files (a wrong glob would pass everything below)", () => {
    expect(Object.keys(MODULES)).toHaveLength(RULES.length);
    expect(MODULES["text/t3-new"]).toBeDefined();
  });

  it.each(Object.keys(MODULES))("%s.ts exports one rule, whose id is its path, and it is registered", (path) => {
    const rules = Object.values(MODULES[path]).filter(isRule);
    expect(rules.map((rule) => rule.id)).toEqual([path]);
    expect(RULES).toContain(rules[0]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))("%s: its file, its catalogue page and its tests", (id, rule) => {
    expect(Object.values(MODULES[id] ?? {})).toContain(rule);
    const { page } = ruleDoc(rule);
    expect(existsSync(join(RULE_DOCS_DIR, page))).toBe(true);
    expect(catalogue).toContain(`[\`${id}\`](${page})`);
    const tests = join(ROOT, "test/rules", `${id}.test.ts`);
    expect(existsSync(tests)).toBe(true);
    // …which run the rule through the one rule tester (test/helpers/rule-tester.ts), never beside the engine.
    expect(readFileSync(tests, "utf8")).toMatch(/from "\.\.\/\.\.\/helpers\/rule-tester"/);
  });

  it.each(Object.keys(MODULES))("%s.ts imports no other rule file", (path) => {
    const file = join(RULES_DIR, `${path}.ts`);
    const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"/g)].map((match) => resolve(dirname(file), match[1]));
    const otherRules = imports
      .map((target) => relative(RULES_DIR, target))
      .filter((target) => !target.startsWith("..") && !target.startsWith("lib/") && target !== "rule");
    expect(otherRules).toEqual([]);
  });
});
