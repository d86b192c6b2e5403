/**
 * Checking an imported history file completely before anything of it is stored: its format marker, its
 * version, and the type and range of every field down to each finding, block and location, so that
 * nothing imported can break a view or an export later. The first problem found is named in the
 * message, with where it is in the file. Every check is linear in the file's size.
 */
import { SOURCE_FORMATS } from "../core/model/document";
import { ERROR_CODES } from "../core/model/errors";
import { TABLE_KEYS } from "../core/model/location";
import { AGENCY_KINDS, FORMAT_VERSIONS, SEVERITIES } from "../core/model/report";
import { DECISION_STATUSES } from "../shared/review";
import type { HistoryExport } from "./history-file";

export class HistoryImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HistoryImportError";
  }
}

export const NOTHING_CHANGED = "未导入任何内容，现有历史记录未改动。";

/** A problem at a place in the file: `entries[2].runs[0].report.year 应为年份或 null`. */
class Problem extends Error {}

type Json = Record<string, unknown>;

function fail(path: string, wanted: string): never {
  throw new Problem(`${path} 应为${wanted}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "对象");
  return value as Json;
}

function array(value: unknown, path: string, each: (item: unknown, path: string) => void): void {
  if (!Array.isArray(value)) fail(path, "列表");
  value.forEach((item, index) => each(item, `${path}[${index}]`));
}

function string(value: unknown, path: string): void {
  if (typeof value !== "string") fail(path, "文字");
}

function oneOf(value: unknown, path: string, allowed: readonly string[]): void {
  if (typeof value !== "string" || !allowed.includes(value)) fail(path, allowed.join("、") + "之一");
}

function optional(value: unknown, path: string, check: (value: unknown, path: string) => void): void {
  if (value !== undefined) check(value, path);
}

const HASH = /^[0-9a-f]{64}$/;
/** Report years the tool can meet: the disclosure regulations date from 2008. */
const YEARS = { min: 2000, max: 2100 };
/** ISO 8601 with seconds and an offset, as the app writes its times. */
const DATE_TIME = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/;

function count(value: unknown, path: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) fail(path, "非负整数");
}

function integerAtLeastOne(value: unknown, path: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 1) fail(path, "正整数");
}

/** A finite number no larger than JavaScript holds exactly. */
function number(value: unknown, path: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) fail(path, "数字");
}

function box(value: unknown, path: string): void {
  if (!Array.isArray(value) || value.length !== 4) fail(path, "4 个数字组成的位置框");
  value.forEach((coordinate, index) => number(coordinate, `${path}[${index}]`));
}

function template(value: unknown, path: string): void {
  const t = object(value, path);
  oneOf(t.table, `${path}.table`, TABLE_KEYS);
  optional(t.row, `${path}.row`, string);
  optional(t.column, `${path}.column`, string);
}

/** The fields of each kind of location, each of its own type (model/location.ts). */
const LOCATION_FIELDS: Record<string, (l: Json, path: string) => void> = {
  text(l, path) {
    for (const key of ["line", "column", "endLine", "endColumn"]) count(l[key], `${path}.${key}`);
  },
  pdf(l, path) {
    count(l.page, `${path}.page`);
    box(l.box, `${path}.box`);
    optional(l.boxes, `${path}.boxes`, (boxes, at) =>
      array(boxes, at, (item, itemAt) => {
        const pageBox = object(item, itemAt);
        count(pageBox.page, `${itemAt}.page`);
        box(pageBox.box, `${itemAt}.box`);
      }),
    );
  },
  docx(l, path) {
    count(l.block, `${path}.block`);
    optional(l.start, `${path}.start`, count);
    optional(l.end, `${path}.end`, count);
    optional(l.cell, `${path}.cell`, (cell, at) => {
      const c = object(cell, at);
      count(c.row, `${at}.row`);
      count(c.column, `${at}.column`);
    });
  },
  file() {},
};

function location(value: unknown, path: string): void {
  const l = object(value, path);
  oneOf(l.kind, `${path}.kind`, Object.keys(LOCATION_FIELDS));
  LOCATION_FIELDS[l.kind as string](l, path);
  optional(l.template, `${path}.template`, template);
}

function cellValue(value: unknown, path: string): void {
  if (value !== null) number(value, path);
}

/** A table's figures: rows of numbers or nulls by column, or (表二's single rows) a number or null. */
function figures(value: unknown, path: string): void {
  for (const [key, row] of Object.entries(object(value, path))) {
    if (typeof row === "object" && row !== null && !Array.isArray(row)) {
      for (const [column, cell] of Object.entries(row)) cellValue(cell, `${path}.${key}.${column}`);
    } else {
      cellValue(row, `${path}.${key}`);
    }
  }
}

function year(value: unknown, path: string): void {
  if (value !== null && (!Number.isInteger(value) || (value as number) < YEARS.min || (value as number) > YEARS.max)) {
    fail(path, `${YEARS.min}–${YEARS.max} 之间的年份或 null`);
  }
}

function report(value: unknown, path: string): void {
  const r = object(value, path);
  string(r.title, `${path}.title`);
  string(r.agency, `${path}.agency`);
  oneOf(r.agencyKind, `${path}.agencyKind`, AGENCY_KINDS);
  year(r.year, `${path}.year`);
  oneOf(r.formatVersion, `${path}.formatVersion`, FORMAT_VERSIONS);
  array(r.sections, `${path}.sections`, (section, at) => {
    const s = object(section, at);
    count(s.number, `${at}.number`);
    string(s.title, `${at}.title`);
    string(s.heading, `${at}.heading`);
    location(s.location, `${at}.location`);
  });
  const tables = object(r.tables, `${path}.tables`);
  for (const key of TABLE_KEYS) optional(tables[key], `${path}.tables.${key}`, figures);
}

function cell(value: unknown, path: string): void {
  const c = object(value, path);
  string(c.text, `${path}.text`);
  location(c.location, `${path}.location`);
  optional(c.colSpan, `${path}.colSpan`, integerAtLeastOne);
  optional(c.rowSpan, `${path}.rowSpan`, integerAtLeastOne);
}

function span(value: unknown, path: string): void {
  const s = object(value, path);
  count(s.start, `${path}.start`);
  count(s.end, `${path}.end`);
  location(s.location, `${path}.location`);
}

function block(value: unknown, path: string): void {
  const b = object(value, path);
  oneOf(b.type, `${path}.type`, ["paragraph", "table"]);
  location(b.location, `${path}.location`);
  if (b.type === "paragraph") {
    string(b.text, `${path}.text`);
    optional(b.spans, `${path}.spans`, (spans, at) => array(spans, at, span));
  } else {
    array(b.rows, `${path}.rows`, (row, at) => array(row, at, cell));
  }
}

/** A finding's expected or actual figure: a number or a text (actual may also be null). */
function figure(value: unknown, path: string, nullable: boolean): void {
  if (typeof value === "string" || (nullable && value === null)) return;
  if (typeof value !== "number") fail(path, nullable ? "数字、文字或 null" : "数字或文字");
  number(value, path);
}

function finding(value: unknown, path: string): void {
  const f = object(value, path);
  string(f.rule, `${path}.rule`);
  oneOf(f.severity, `${path}.severity`, SEVERITIES);
  string(f.message, `${path}.message`);
  if (f.expected !== undefined) figure(f.expected, `${path}.expected`, false);
  if (f.actual !== undefined) figure(f.actual, `${path}.actual`, true);
  location(f.location, `${path}.location`);
  optional(f.places, `${path}.places`, (places, at) => array(places, at, location));
}

function date(value: unknown, path: string): void {
  const match = typeof value === "string" ? DATE_TIME.exec(value) : null;
  const inRange = match && Number(match[1]) >= YEARS.min && Number(match[1]) <= YEARS.max;
  if (!inRange || Number.isNaN(Date.parse(value as string))) fail(path, `${YEARS.min}–${YEARS.max} 年间的日期时间`);
}

function isBase64Digit(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47;
}

/** Base64 as btoa writes it, checked one character at a time (a regex over megabytes overflows the stack). */
function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  for (let i = 0; i < text.length - padding; i++) if (!isBase64Digit(text.charCodeAt(i))) return false;
  return true;
}

function checkResult(value: unknown, path: string): void {
  const r = object(value, path);
  string(r.file, `${path}.file`);
  oneOf(r.format, `${path}.format`, SOURCE_FORMATS);
  const checker = object(r.checker, `${path}.checker`);
  string(checker.version, `${path}.checker.version`);
  string(checker.rules, `${path}.checker.rules`);
  date(r.checkedAt, `${path}.checkedAt`);
  if (r.error !== null) {
    const error = object(r.error, `${path}.error`);
    oneOf(error.code, `${path}.error.code`, ERROR_CODES);
    string(error.message, `${path}.error.message`);
  }
  optional(r.report, `${path}.report`, report);
  optional(r.blocks, `${path}.blocks`, (blocks, at) => array(blocks, at, block));
  optional(r.findings, `${path}.findings`, (findings, at) => array(findings, at, finding));
}

function entry(value: unknown, path: string): void {
  const e = object(value, path);
  if (typeof e.hash !== "string" || !HASH.test(e.hash)) fail(`${path}.hash`, "64位十六进制的内容哈希");
  count(e.size, `${path}.size`);
  array(e.runs, `${path}.runs`, checkResult);
  if ((e.runs as unknown[]).length === 0) fail(`${path}.runs`, "至少一次检查结果");
  for (const [key, decision] of Object.entries(object(e.decisions, `${path}.decisions`))) {
    const d = object(decision, `${path}.decisions["${key}"]`);
    oneOf(d.status, `${path}.decisions["${key}"].status`, DECISION_STATUSES);
    string(d.note, `${path}.decisions["${key}"].note`);
  }
  if (e.file !== undefined && (typeof e.file !== "string" || !isBase64(e.file))) fail(`${path}.file`, "Base64 编码的文件内容");
}

function agency(value: unknown, path: string): void {
  const a = object(value, path);
  if (typeof a.name !== "string" || !a.name) fail(`${path}.name`, "机关名称");
  array(a.aliases, `${path}.aliases`, string);
  oneOf(a.kind, `${path}.kind`, AGENCY_KINDS);
  if (typeof a.confirmed !== "boolean") fail(`${path}.confirmed`, "true 或 false");
}

/**
 * The parsed JSON as a history export, or HistoryImportError with a message for the user: a foreign
 * file, a file of a later version, or a damaged one (naming the first problem).
 */
export function validateExport(value: unknown, expected: { format: string; version: number }): HistoryExport {
  const file = typeof value === "object" && value !== null ? (value as Json) : {};
  if (file.format !== expected.format) throw new HistoryImportError(`该文件不是年报校验导出的历史记录，${NOTHING_CHANGED}`);
  if (!Number.isInteger(file.version) || (file.version as number) < 1) {
    throw new HistoryImportError(`历史记录文件缺少有效的格式版本号，${NOTHING_CHANGED}`);
  }
  if ((file.version as number) > expected.version) {
    throw new HistoryImportError(`该历史记录文件由较新版本的年报校验导出（格式版本 ${file.version}），请先更新本工具再导入。${NOTHING_CHANGED}`);
  }
  try {
    array(file.entries, "entries", entry);
    array(file.agencies, "agencies", agency);
  } catch (problem) {
    if (!(problem instanceof Problem)) throw problem;
    throw new HistoryImportError(`历史记录文件已损坏或不完整：${problem.message}。${NOTHING_CHANGED}`);
  }
  return value as HistoryExport;
}
