/** The committed rule pages (docs/rules) must be what scripts/rule-docs.ts writes from the rule files now. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/core/rules/index";
import { renderRuleDocs, RULE_DOCS_DIR } from "../scripts/rule-docs";

describe("docs/rules", () => {
  const pages = renderRuleDocs(RULES);
  const committed = existsSync(RULE_DOCS_DIR) ? readdirSync(RULE_DOCS_DIR).filter((name) => name.endsWith(".md")) : [];

  it("has one page per rule and the index, no more (else run npm run docs:rules)", () => {
    expect(committed.sort()).toEqual([...pages.keys()].sort());
  });

  it.each([...pages.keys()])("%s is up to date with the rule files (else run npm run docs:rules)", (name) => {
    expect(readFileSync(join(RULE_DOCS_DIR, name), "utf8")).toBe(pages.get(name));
  });

  it("every rule id is used once, so every rule gets its own page", () => {
    expect(pages.size).toBe(RULES.length + 1);
  });
});
