import { describe, expect, it } from "vitest";
import { groupedRuleDocs, groupOf, ruleDoc } from "./docs";
import type { Rule } from "./rule";
import { spaceCjkDigit } from "./typo/space-cjk-digit";
import { term } from "./typo/term";

const rule = (id: string, overrides: Partial<Rule> = {}): Rule => ({
  id,
  severity: "error",
  title: "标题",
  description: "说明",
  basis: "依据",
  example: { wrong: "错", right: "对" },
  check: () => [],
  ...overrides,
});

describe("ruleDoc", () => {
  it("a rule's documentation, read from the rule", () => {
    expect(ruleDoc(spaceCjkDigit)).toEqual({
      id: "typo/space-cjk-digit",
      title: spaceCjkDigit.title,
      group: { key: "typo", title: "排版与文字" },
      severity: "info",
      severityLabel: "提示",
      severityMeaning: "规范性、排版方面的建议",
      description: spaceCjkDigit.description,
      basis: spaceCjkDigit.basis,
      example: spaceCjkDigit.example,
      formats: ["纯文本（TXT）", "网页（HTML）", "Word（DOCX）"],
      skippedFormats: ["PDF"],
      versions: ["2021年格式", "2019年试行格式"],
      page: "typo-space-cjk-digit.md",
    });
    expect(ruleDoc(term).skippedFormats).toEqual([]);
  });

  it("the report versions come from the rule's own test", () => {
    expect(ruleDoc(rule("table2/x", { appliesToVersion: (version) => version === "2021" })).versions).toEqual(["2021年格式"]);
    expect(ruleDoc(rule("format/x", { appliesToVersion: () => true })).versions).toEqual(["2021年格式", "2019年试行格式", "旧条例时期（2008—2018年度）"]);
  });

  it("groups in catalogue order, an unknown group last under its own key", () => {
    const groups = groupedRuleDocs([rule("typo/a"), rule("new/b"), rule("structure/c"), rule("typo/d")]);
    expect(groups.map((group) => [group.title, group.rules.map((doc) => doc.id)])).toEqual([
      ["结构", ["structure/c"]],
      ["排版与文字", ["typo/a", "typo/d"]],
      ["new", ["new/b"]],
    ]);
    expect(groupOf("table3/balance")).toEqual({ key: "table3", title: "表三：收到和处理申请" });
  });
});
