/**
 * Test support for the narrative rules (run through rule-tester.ts): seeds and edited seeds, parsed the
 * way a .txt upload is parsed. Edits replace text that must occur exactly once, so a test cannot silently
 * edit nothing.
 */
import { expect } from "vitest";
import { extractText } from "../../src/core/extract/text";
import { parseDocument } from "../../src/core/parse/index";
import type { ParsedReport } from "../../src/core/parse/parsed";
import { valueLine, withCells } from "./seed-edits";
import { SEED_IDS, seedText, type SeedId } from "./seeds";

export function parseText(text: string): ParsedReport {
  return parseDocument(extractText(new TextEncoder().encode(text)));
}

/** The seed whose file name starts with `prefix` ("000" … "004"). */
export function seed(prefix: string): string {
  return seedText(SEED_IDS.find((id) => id.startsWith(prefix)) as SeedId);
}

/** `text` with `from` replaced by `to`; `from` must occur exactly once. */
export function edited(text: string, from: string, to: string): string {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`“${from}” occurs ${parts.length - 1} times`);
  return parts.join(to);
}

/** The text location of `from` … `to` (inclusive) on the first line that holds both. */
export function textRange(text: string, from: string, to: string) {
  const line = lineWith(text, from);
  const content = text.split("\n")[line - 1];
  const start = content.indexOf(from);
  const end = content.indexOf(to, start) + to.length;
  return { kind: "text" as const, line, column: start + 1, endLine: line, endColumn: end + 1 };
}

/** The 1-based line of the first line containing `fragment`. */
export function lineWith(text: string, fragment: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(fragment));
  if (index < 0) throw new Error(`no line contains “${fragment}”`);
  return index + 1;
}

/** Seed 004's sentence about applications (line 19): “本年度共受理并按期答复依申请公开33件”. */
export const SEED_004_CLAIM = "本年度共受理并按期答复依申请公开33件，";

/**
 * Seed 004 with its application sentence on line 19 replaced by `sentence`. Its tables: 本年新收 33,
 * 上年结转 0, （七）总计 32, 结转下年度 1; 行政复议 2, 行政诉讼 5 + 2; 行政处罚 1044, 行政强制 1,
 * 行政许可 0, 行政规范性文件制发 0.
 */
export function seed004With(sentence: string): string {
  return edited(seed("004"), SEED_004_CLAIM, sentence);
}

export const SEED_004_CLAIM_LINE = 19;

/** `text` with the body under the line `heading` replaced by `body`, up to the line `next` (or the end). */
export function withSectionBody(text: string, heading: string, body: string, next?: string): string {
  const start = text.indexOf(`${heading}\n`) + heading.length + 1;
  const end = next ? text.indexOf(next, start) : text.length;
  if (start <= heading.length || end < 0) throw new Error(`no section “${heading}”`);
  return text.slice(0, start) + body + "\n" + text.slice(end);
}

/** Seed 002 with the body of 第五部分 (lines 433–435) replaced by `body`. */
export function seed002Section5(body: string): string {
  return withSectionBody(seed("002"), "五、存在的主要问题及改进情况", body, "六、其他需要报告的事项");
}

/** Seed 002 with the body of 第六部分 (line 437, “无。”) replaced by `body`. */
export function seed002Section6(body: string): string {
  return withSectionBody(seed("002"), "六、其他需要报告的事项", body);
}

/** `text` (a seed written one cell per line) with 表三 “上年结转” set to `count` in the 自然人 and 总计 columns. */
export function withCarriedOver(text: string, count: number): string {
  const label = "二、上年结转政府信息公开申请数量";
  return withCells(text, [[valueLine(text, label, 0), String(count)], [valueLine(text, label, 6), String(count)]]);
}

/** A message that ends with `ending`, for an expected finding. */
export function endingWith(ending: string) {
  return expect.stringMatching(new RegExp(`${ending.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
}
