/**
 * The rule pages: docs/rules/<id with "/" as "-">.md for every rule of RULES, and docs/rules/README.md,
 * the catalogue by group. Written from the rule files through ruleDoc(), the same data the app shows.
 * Run `npm run docs:rules` after changing a rule; a test fails while the committed pages are out of date.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { groupedRuleDocs, ruleDoc, SEVERITY_TEXT, type RuleDoc } from "../src/core/rules/docs";
import { RULES } from "../src/core/rules/index";
import type { Rule } from "../src/core/rules/rule";

export const RULE_DOCS_DIR = fileURLToPath(new URL("../docs/rules/", import.meta.url));

const GENERATED_NOTE = "<!-- 本文件由 scripts/rule-docs.ts 根据规则文件生成，请勿手工修改；规则改动后运行 npm run docs:rules。 -->";

function block(text: string): string {
  return ["```text", text, "```"].join("\n");
}

function rulePage(doc: RuleDoc): string {
  const formats = doc.skippedFormats.length ? `${doc.formats.join("、")}；${doc.skippedFormats.join("、")}不检查` : "全部格式";
  return [
    GENERATED_NOTE,
    "",
    `# ${doc.title}（\`${doc.id}\`）`,
    "",
    `- 分组：${doc.group.title}`,
    `- 级别：${doc.severityLabel}（${doc.severity}），${doc.severityMeaning}`,
    `- 适用文件：${formats}`,
    `- 适用报告：${doc.versions.join("、")}`,
    "",
    "## 检查内容",
    "",
    doc.description,
    "",
    "## 依据",
    "",
    doc.basis,
    "",
    "## 示例",
    "",
    "错误写法：",
    "",
    block(doc.example.wrong),
    "",
    "正确写法：",
    "",
    block(doc.example.right),
    "",
    "[返回规则目录](README.md)",
    "",
  ].join("\n");
}

function indexPage(rules: Rule[]): string {
  const levels = Object.values(SEVERITY_TEXT).map(({ label, meaning }) => `${label}：${meaning}`).join("；");
  const lines = [GENERATED_NOTE, "", "# 规则目录", "", `共 ${rules.length} 条规则。级别——${levels}。`, ""];
  for (const group of groupedRuleDocs(rules)) {
    lines.push(`## ${group.title}`, "", "| 规则 | 名称 | 级别 |", "|---|---|---|");
    for (const doc of group.rules) lines.push(`| [\`${doc.id}\`](${doc.page}) | ${doc.title} | ${doc.severityLabel} |`);
    lines.push("");
  }
  return lines.join("\n");
}

/** File name → content of every page, for the rules given. */
export function renderRuleDocs(rules: Rule[]): Map<string, string> {
  const pages = new Map<string, string>([["README.md", indexPage(rules)]]);
  for (const rule of rules) {
    const doc = ruleDoc(rule);
    pages.set(doc.page, rulePage(doc));
  }
  return pages;
}

function writeRuleDocs(): void {
  const pages = renderRuleDocs(RULES);
  mkdirSync(RULE_DOCS_DIR, { recursive: true });
  for (const name of readdirSync(RULE_DOCS_DIR)) if (name.endsWith(".md") && !pages.has(name)) rmSync(join(RULE_DOCS_DIR, name));
  for (const [name, content] of pages) writeFileSync(join(RULE_DOCS_DIR, name), content);
  console.log(`docs/rules: ${pages.size - 1} 条规则的说明页和目录已写入。`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeRuleDocs();
