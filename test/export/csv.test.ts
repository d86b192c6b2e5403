import { describe, expect, it } from "vitest";
import { fileError } from "../../src/core/model/errors";
import { ruleById } from "../../src/core/rules/index";
import { SEVERITY_LABELS } from "../../src/core/model/report";
import { readCsv } from "../helpers/csv";
import { truth } from "../helpers/seeds";
import { FINDINGS_HEADER, findingsCsv, summaryCsv, toCsv } from "../../src/export/csv";
import { EXPORTED, legacyDocFile, markFirstTwo, seedFile } from "../helpers/exports";
import { SUMMARY_HEADER } from "../../src/export/rows";

const bytes = (text: string) => new TextEncoder().encode(text);
const column = (records: string[][], name: string) => records.slice(1).map((record) => record[records[0].indexOf(name)]);

describe("CSV for Excel", () => {
  it("starts with a byte-order mark, ends every record in CRLF and quotes what RFC 4180 asks", () => {
    const rows = [
      ["逗号,在内", '引号"在内', "换行\r\n在内", "普通"],
      ["", "-12", "=SUM(A1)", "@x"],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe('\uFEFF"逗号,在内","引号""在内","换行');
    expect(readCsv(bytes(text))).toEqual([rows[0], ["", "-12", "'=SUM(A1)", "'@x"]]);
  });
});

describe("the correction list", () => {
  it("has the header and one row per finding, with rule, place, message and the reviewer's marks", async () => {
    const file = await seedFile("004_7be0dca35fed79ae", markFirstTwo);
    const findings = file.result.findings ?? [];
    const records = readCsv(bytes(findingsCsv([file], EXPORTED)));

    expect(records[0]).toEqual(FINDINGS_HEADER);
    expect(records).toHaveLength(findings.length + 1);
    expect(column(records, "规则编号")).toEqual(findings.map((finding) => finding.rule));
    expect(column(records, "规则名称")).toEqual(findings.map((finding) => ruleById(finding.rule)?.title));
    expect(column(records, "问题说明")).toEqual(findings.map((finding) => finding.message));
    expect(column(records, "级别")).toEqual(findings.map((finding) => SEVERITY_LABELS[finding.severity]));
    expect(new Set(column(records, "文件"))).toEqual(new Set([file.name]));
    expect(new Set(column(records, "机关"))).toEqual(new Set([truth("004_7be0dca35fed79ae").agency]));
    expect(new Set(column(records, "年度"))).toEqual(new Set(["2023"]));
    expect(column(records, "审核标记").slice(0, 3)).toEqual(["已核实", "不是问题", ""]);
    expect(column(records, "审核意见").slice(0, 2)).toEqual(['已与经办人核实，请按"应为"修改', "本机关按惯例填写,\n不作修改"]);
  });

  it("names a table cell's place by table, row and column, after its line", async () => {
    const file = await seedFile("002_c4bd8f948bd08bc9");
    const records = readCsv(bytes(findingsCsv([file], EXPORTED)));
    const findings = file.result.findings ?? [];
    const index = findings.findIndex((finding) => finding.location.template?.table === "t2" && finding.location.template.row === "penalty");
    expect(index).toBeGreaterThanOrEqual(0);
    const finding = findings[index];
    expect(column(records, "位置")[index]).toBe(`第${finding.location.line}行 表二“行政处罚—本年处理决定数量”`);
    expect(column(records, "应为")[index]).toBe(String(finding.expected));
    expect(column(records, "实际")[index]).toBe(String(finding.actual));
  });

  it("stamps each row with the check time, the checker's versions and the export time", async () => {
    const file = await seedFile("000_5a9a8d2bc98e1d44");
    const records = readCsv(bytes(findingsCsv([file], EXPORTED)));
    expect(new Set(column(records, "检查时间"))).toEqual(new Set(["2025-01-15 10:30"]));
    expect(new Set(column(records, "程序版本"))).toEqual(new Set([file.result.checker.version]));
    expect(new Set(column(records, "规则版本"))).toEqual(new Set([file.result.checker.rules]));
    expect(new Set(column(records, "导出时间"))).toEqual(new Set(["2025-01-16 09:05"]));
  });

  it("lists a batch file by file, a file that could not be read as one row with its reason", async () => {
    const files = [await seedFile("000_5a9a8d2bc98e1d44"), await legacyDocFile(), await seedFile("004_7be0dca35fed79ae")];
    const records = readCsv(bytes(findingsCsv(files, EXPORTED)));
    const counts = files.map((file) => Math.max(1, file.result.findings?.length ?? 0));
    expect(records).toHaveLength(1 + counts.reduce((a, b) => a + b, 0));
    expect(column(records, "文件")).toEqual(files.flatMap((file, index) => Array(counts[index]).fill(file.name)));
    const unreadable = records.find((record) => record[0] === "旧格式.doc")!;
    expect(unreadable[FINDINGS_HEADER.indexOf("级别")]).toBe("无法读取");
    expect(unreadable[FINDINGS_HEADER.indexOf("问题说明")]).toBe(fileError("legacy-word").message);
  });
});

describe("the batch summary sheet", () => {
  it("gives each file's key figures from its tables, its counts and its status", async () => {
    const ids = ["004_7be0dca35fed79ae", "000_5a9a8d2bc98e1d44"] as const;
    const files = [await seedFile(ids[0], markFirstTwo), await seedFile(ids[1]), await legacyDocFile()];
    const records = readCsv(bytes(summaryCsv(files, EXPORTED)));

    expect(records[0].slice(0, SUMMARY_HEADER.length)).toEqual(SUMMARY_HEADER);
    expect(records).toHaveLength(4);
    ids.forEach((id, index) => {
      const tables = truth(id).tables as { t3: Record<string, { total: number }>; t4: Record<string, { total: number }> };
      const findings = files[index].result.findings ?? [];
      const count = (severity: string) => String(findings.filter((finding) => finding.severity === severity).length);
      expect(records[index + 1].slice(0, SUMMARY_HEADER.length - 1)).toEqual([
        `${id}.txt`,
        truth(id).agency,
        String(truth(id).year),
        String(tables.t3.new.total),
        String(tables.t3.total.total),
        String(tables.t3.carried_forward.total),
        String(tables.t4.review.total),
        String(tables.t4.litigation_direct.total + tables.t4.litigation_after_review.total),
        count("error"),
        count("warning"),
      ]);
    });
    const status = column(records, "状态");
    expect(status[0]).toBe(`审核中（已标记 2/${files[0].result.findings!.length} 条）`);
    expect(status[1]).toBe("待审核");
    expect(status[2]).toBe(`无法读取：${fileError("legacy-word").message}`);
    expect(records[3].slice(1, 10)).toEqual(Array(9).fill(""));
  });
});
