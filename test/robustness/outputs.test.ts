/**
 * What the tool writes from hostile content (issue 17): the Word and CSV exports, the command line's
 * summary, the history's export and import, and a rule or parser that throws. Every input is made here.
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { formatSummary } from "../../src/cli/summary";
import { checkDocument, checkText } from "../../src/core/check";
import { extractDocx } from "../../src/core/extract/docx";
import { extractHtml } from "../../src/core/extract/html";
import { contentHash } from "../../src/core/hash";
import type { Block } from "../../src/core/model/document";
import type { CheckResult } from "../../src/core/model/report";
import { parseDocument } from "../../src/core/parse/index";
import { MAX_FINDINGS_PER_RULE, RULE_FAILED, runRules } from "../../src/core/rules/engine";
import { RULES } from "../../src/core/rules/index";
import type { Rule } from "../../src/core/rules/rule";
import { findingsCsv } from "../../src/export/csv";
import { EXPORTED, seedFile } from "../helpers/exports";
import { exportDocx } from "../../src/export/docx";
import { letterDocument } from "../../src/export/letter";
import { DEFAULT_LETTER_FORM } from "../../src/export/letter-form";
import type { HistoryDb } from "../../src/storage/db";
import { saveCheck } from "../../src/storage/entries";
import { exportHistory, importHistory } from "../../src/storage/exchange";
import { freshDb } from "../helpers/history-db";
import { HistoryImportError } from "../../src/storage/validate";
import type { ExportFile } from "../../src/shared/review";
import { parseCsv } from "../helpers/csv";
import { seedText } from "../helpers/seeds";

const SEED = "004_7be0dca35fed79ae";
/** Characters XML 1.0 forbids in a document. */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** The seed's checked result with hostile text put into its file name, agency and first finding's message. */
async function hostileFile(text: (clean: string) => string): Promise<ExportFile> {
  const file = await seedFile(SEED);
  const result = file.result;
  const findings = result.findings!.map((finding, index) => (index === 0 ? { ...finding, message: text(finding.message) } : finding));
  return { ...file, name: text(file.name), result: { ...result, file: text(result.file), report: { ...result.report!, agency: text(result.report!.agency) }, findings } };
}

describe("the Word export keeps only characters XML allows", () => {
  it.each([["U+0008", "\u0008"], ["U+001F", "\u001f"], ["U+0000", "\u0000"], ["U+FFFE", "\ufffe"], ["ESC", "\u001b"], ["U+0007", "\u0007"]])(
    "%s in the agency, the file name and a message",
    async (_name, control) => {
      const file = await hostileFile((clean) => clean.slice(0, 2) + control + clean.slice(2));
      const docx = exportDocx(letterDocument(file, DEFAULT_LETTER_FORM, EXPORTED), EXPORTED);
      const xml = strFromU8(unzipSync(docx)["word/document.xml"]);
      expect(xml).not.toMatch(NOT_XML);
      const text = extractDocx(docx).blocks.map((block) => (block.type === "paragraph" ? block.text : block.rows.flat().map((cell) => cell.text).join("|"))).join("\n");
      expect(text).toContain("北京市大兴区亦庄镇人民政府");
    },
  );
});

describe("the CSV export guards every field Excel would run as a formula", () => {
  it.each([["a tab", "\t=HYPERLINK(\"http://x\")"], ["a carriage return", "\r=1+1"], ["an equals sign", "=1+1"]])("a message that starts with %s", async (_name, start) => {
    const file = await hostileFile((clean) => start + clean);
    const records = parseCsv(findingsCsv([file], EXPORTED).slice(1));
    const fields = records.slice(1).flat();
    expect(fields.filter((field) => field.startsWith(`'${start}`)).length).toBeGreaterThanOrEqual(3);
    expect(fields.filter((field) => /^[=+\-@\t\r]/.test(field) && !/^-\d+$/.test(field))).toEqual([]);
  });
});

describe("the command line's summary prints no control character from a document or a file name", () => {
  it("shows escape sequences, bells and bidirectional overrides as symbols", async () => {
    const file = await hostileFile((clean) => `\u001b]0;标题\u0007\u001b[2J\u009b31m\u202e${clean}`);
    const summary = formatSummary([file.result, { ...file.result, error: { code: "damaged-file", message: "\u001b[31m损坏" }, report: undefined, findings: undefined }]);
    expect(summary).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(summary).toContain("␛]0;标题␇␛[2J");
    expect(summary).toContain("无法检查：␛[31m损坏");
  });
});

describe("the history's export and import", () => {
  const dbs: HistoryDb[] = [];
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });
  const track = (db: HistoryDb) => (dbs.push(db), db);

  /** A history of the seed report, checked at `checkedAt`, with `file` kept. */
  async function history(file: Uint8Array, checkedAt = "2024-01-10T09:00:00+08:00"): Promise<HistoryDb> {
    const db = track(freshDb());
    const result = await checkText(`${SEED}.txt`, seedText(SEED), { now: () => new Date(checkedAt) });
    await saveCheck(db, { result, hash: await contentHash(file), size: file.length, bytes: file });
    return db;
  }

  it("imports its own export of a 10 MB kept PDF", async () => {
    const pdf = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    pdf.set(new Uint8Array(readFileSync(new URL(`../fixtures/generated/${SEED}.pdf`, import.meta.url))));
    const text = JSON.stringify(await exportHistory(await history(pdf)));
    const target = track(freshDb());
    expect(await importHistory(target, text)).toEqual({ entries: 1, runs: 1 });
    const [kept] = await target.files.toArray();
    expect(await contentHash(kept.bytes)).toBe(await contentHash(pdf));
    expect(kept.bytes.length).toBe(pdf.length);
  });

  it.each<[string, (run: CheckResult) => void, string]>([
    ["an object as a finding's expected figure", (run) => Object.assign(run.findings![0], { expected: { toString: 1 } }), "findings[0].expected 应为数字或文字"],
    ["an array as a finding's actual figure", (run) => Object.assign(run.findings![0], { actual: [1] }), "findings[0].actual 应为数字、文字或 null"],
    ["the year 1e20", (run) => (run.report!.year = 1e20), "report.year 应为2000–2100 之间的年份或 null"],
    ["a check in the year 9999", (run) => (run.checkedAt = "9999-12-31T23:59:59+08:00"), "checkedAt 应为2000–2100 年间的日期时间"],
    ["a table figure that is an object", (run) => ((run.report!.tables.t3!.new as unknown as Record<string, unknown>).total = { a: 1 }), "report.tables.t3.new.total 应为数字"],
    ["a location's line as text", (run) => ((run.findings![0].location as unknown as Record<string, unknown>).line = "1"), "findings[0].location.line 应为非负整数"],
    ["an unknown error code", (run) => (run.error = { code: "exploded" as never, message: "坏" }), "error.code 应为"],
  ])("refuses %s, naming the field", async (_name, damage, message) => {
    const exported = await exportHistory(await history(new TextEncoder().encode(seedText(SEED))));
    damage(exported.entries[0].runs[0]);
    const error = await importHistory(track(freshDb()), JSON.stringify(exported)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(HistoryImportError);
    expect((error as Error).message).toContain(`entries[0].runs[0].${message}`);
  });
});

describe("a figure past 2^53 is never stored rounded", () => {
  it("is read as text that is not a count, and quoted as written", async () => {
    const lines = seedText(SEED).split("\n");
    const table3 = lines.findIndex((line) => line.includes("收到和处理政府信息公开申请情况"));
    const cell = lines.findIndex((line, index) => index > table3 && /^\t\d+$/.test(line));
    lines[cell] = "\t9007199254740993";
    const result = await checkText("大数.txt", lines.join("\n"));
    const written = JSON.stringify(result.report);
    expect(written).not.toMatch(/900719925474099\d/);
    const quoted = result.findings!.filter((finding) => finding.message.includes("9007199254740993"));
    expect(quoted.map((finding) => finding.rule)).toContain("table3/value-int");
    expect(result.findings!.filter((finding) => [finding.expected, finding.actual].some((value) => typeof value === "number" && value > Number.MAX_SAFE_INTEGER))).toEqual([]);
  });
});

describe("a failure of the tool never costs the file", () => {
  const broken: Rule = { ...RULES[0], id: "test/throws", title: "总是出错", check: () => { throw new TypeError("boom"); } };

  it("a rule that throws gives one engine/rule-failed naming it; the other rules' findings stay", async () => {
    const result = await checkText(`${SEED}.txt`, seedText(SEED));
    const parsed = parseDocument({ format: "txt", blocks: result.blocks! });
    const findings = runRules(parsed, [broken, ...RULES]);
    expect(findings.filter((finding) => finding.rule === RULE_FAILED)).toEqual([
      { rule: RULE_FAILED, severity: "info", message: "规则 test/throws（总是出错）运行出错，这一项未能检查。这是本工具的问题，不是报告的问题；其他规则的结果不受影响。", location: { kind: "file" } },
    ]);
    expect(findings.filter((finding) => finding.rule !== RULE_FAILED)).toEqual(result.findings);
  });

  it("a rule that fires past the limit lists its first findings in document order and counts the rest in one", () => {
    const lines = Array.from({ length: MAX_FINDINGS_PER_RULE + 7 }, (_, i) => i + 1).reverse();
    const noisy: Rule = {
      ...RULES[0],
      id: "test/noisy",
      title: "很吵",
      check: () => lines.map((line) => ({ message: `第${line}行`, location: { kind: "text", line, column: 1, endLine: line, endColumn: 2 } })),
    };
    const parsed = parseDocument({ format: "txt", blocks: [] });
    const findings = runRules(parsed, [noisy]);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(findings.slice(0, MAX_FINDINGS_PER_RULE).map((finding) => finding.message)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => `第${i + 1}行`),
    );
    expect(findings[MAX_FINDINGS_PER_RULE]).toEqual({
      rule: "test/noisy",
      severity: "info",
      message: `“很吵”另有 7 处同类问题未逐一列出（每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 处），请先改正已列出的问题后重新检查。`,
      location: { kind: "text", line: MAX_FINDINGS_PER_RULE + 1, column: 1, endLine: MAX_FINDINGS_PER_RULE + 1, endColumn: 2 },
    });
    expect(runRules(parsed, [{ ...noisy, check: () => noisy.check({ parsed, history: [] }).slice(7) }])).toHaveLength(MAX_FINDINGS_PER_RULE);
  });

  it("a parser that throws gives internal-error, saying it is the tool's fault, not damaged-file", () => {
    const blocks = [{ type: "table", rows: null, location: {} }] as unknown as Block[];
    const result = checkDocument({ name: "坏块.txt", document: { format: "txt", blocks } });
    expect(result.error?.code).toBe("internal-error");
    expect(result.error?.message).toMatch(/^检查这份文件时本工具自身出错.*这是本工具的问题，不是文件的问题/);
  });
});

describe("the web page reader knows every HTML character reference", () => {
  it("reads named and Windows-1252 numeric references as browsers do, keeping source columns", () => {
    const { blocks } = extractHtml(new TextEncoder().encode("<p>甲&#150;乙&hellip;丙&frac12;&NotEqualTilde;&amp&lt;丁</p>"));
    expect(blocks).toEqual([{ type: "paragraph", text: "甲–乙…丙½≂̸&<丁", location: { kind: "text", line: 1, column: 4, endLine: 1, endColumn: 53 } }]);
  });
});
