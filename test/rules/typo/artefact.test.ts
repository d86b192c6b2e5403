import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { artefact } from "../../../src/core/rules/typo/artefact";
import { docxDocument, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

describe("typo/artefact", () => {
  it("001: the converter's “[bookmark: _GoBack]” at the start of line 5", () => {
    expect(runRule(artefact, seedText("001_2a4087b0dbaec631")).map(summary)).toEqual([
      { rule: "typo/artefact", line: 5, column: 1, message: "存在残留标记“[bookmark: _GoBack]”，请删除。" },
    ]);
    expect(runRule(artefact, seedText("001_2a4087b0dbaec631"))[0].location.endColumn).toBe(20);
  });

  it.each(SEED_IDS.filter((id) => id !== "001_2a4087b0dbaec631"))("seed %s has no artefact", (seed) => {
    expect(runRule(artefact, seedText(seed))).toEqual([]);
  });

  it("field codes, their error texts and template prompts", () => {
    const text = report({
      1: [
        "详见第{ PAGE \\* MERGEFORMAT }页。",
        "按照错误！未找到引用源。的要求办理。",
        "单击此处输入文字。",
        "正文[comment: 请核实数据]结束。",
      ],
    });
    expect(runRule(artefact, text).map(summary)).toEqual([
      { rule: "typo/artefact", line: 3, column: 4, message: "存在残留标记“{ PAGE \\* MERGEFORMAT }”，请删除。" },
      { rule: "typo/artefact", line: 4, column: 3, message: "存在残留标记“错误！未找到引用源。”，请删除。" },
      { rule: "typo/artefact", line: 5, column: 1, message: "存在残留标记“单击此处输入文字”，请删除。" },
      { rule: "typo/artefact", line: 6, column: 3, message: "存在残留标记“[comment: 请核实数据]”，请删除。" },
    ]);
  });

  it("a zero-width character, named by its code point", () => {
    const [finding] = runRule(artefact, report({ 1: ["全年主动公开政府\u200b信息120条。"] }));
    expect(summary(finding)).toEqual({ rule: "typo/artefact", line: 3, column: 9, message: "“公开政府信息120”中夹有看不见的零宽字符（U+200B），请删除。" });
  });

  it("DOCX: a bookmark is part of the file, not of the text; a field's error text is", () => {
    const document = docxDocument(["[bookmark: _GoBack]（一）切实加强组织领导工作。", "按照错误！未找到引用源。的要求办理。"]);
    expect(runRule(artefact, { document: document }).map((finding) => [finding.message, finding.location])).toEqual([
      ["存在残留标记“错误！未找到引用源。”，请删除。", { kind: "docx", block: 1, start: 2, end: 12 }],
    ]);
  });

  it("ordinary words that look like marks stay", () => {
    const text = report({ 1: ["在此处设立便民服务窗口，点击此处链接可查看全文。", "变量名如 my_GoBackup 不是书签。", "所附[表一]为统计表。"] });
    expect(runRule(artefact, text)).toEqual([]);
  });
});
