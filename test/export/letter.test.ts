import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/core/extract/docx";
import type { Block, TableBlock } from "../../src/core/model/document";
import { describeFindingPlaces, type Finding } from "../../src/core/model/report";
import { fileError } from "../../src/core/model/errors";
import { ruleById } from "../../src/core/rules/index";
import { truth } from "../helpers/seeds";
import type { Decision, ExportFile } from "../../src/shared/review";
import { buildDownload } from "../../src/export/downloads";
import { EXPORTED, legacyDocFile, seedFile } from "../helpers/exports";
import { DISMISSED_HEADER, DISMISSED_HEADING, LETTER_HEADER, letterFileName } from "../../src/export/letter";
import { DEFAULT_LETTER_FORM, type LetterForm } from "../../src/export/letter-form";

const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.type === "paragraph" && block.text ? [block.text] : []));
const tables = (blocks: Block[]) => blocks.filter((block): block is TableBlock => block.type === "table");
const texts = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.text));

const FORM: LetterForm = {
  addressee: "{机关}",
  deadline: "2025年2月28日",
  signer: "北京市政务公开办公室",
  contact: "联系人：王明，电话：010-12345678",
  includeInfo: false,
  listDismissed: false,
};

/** 002 has an error last in the document, after its warning and 提示: the reviewer keeps the warning with a note and dismisses the first 全角数字. */
function markSeed002(finding: Finding, index: number): Decision | null {
  if (finding.rule === "structure/section-number-missing") return { status: "verified", note: "请补上序号" };
  if (finding.rule === "typo/fullwidth-digit" && index === FIRST_FULLWIDTH_002) return { status: "not-an-issue", note: "原文如此" };
  return null;
}

/** The index of 002's first typo/fullwidth-digit finding (checked in the tests below). */
const FIRST_FULLWIDTH_002 = 2;

function letterOf(file: ExportFile, form: LetterForm) {
  const download = buildDownload("letters", [file], EXPORTED, { form });
  return { name: download.name, blocks: extractDocx(download.data as Uint8Array).blocks };
}

/** The row the letter should have for a finding. */
function expectedRow(finding: Finding, index: number, note = ""): string[] {
  const rule = ruleById(finding.rule)!;
  const severity = { error: "错误", warning: "警告", info: "提示" }[finding.severity];
  const problem = `【${severity}】${rule.title}：${finding.message}${note ? `\n审核意见：${note}` : ""}\n${finding.rule}`;
  return [String(index + 1), describeFindingPlaces(finding), problem, String(finding.expected ?? ""), String(finding.actual ?? ""), rule.basis, ""];
}

describe("the 修改意见 letter", () => {
  it("lists errors first, then warnings, leaves out 提示 and what the reviewer judged 不是问题, with the agency's answer column empty", async () => {
    const file = await seedFile("002_c4bd8f948bd08bc9", markSeed002);
    const findings = file.result.findings!;
    const { blocks } = letterOf(file, FORM);
    const [table, ...more] = tables(blocks);
    expect(more).toEqual([]);
    const error = findings.find((finding) => finding.severity === "error")!;
    const warning = findings.find((finding) => finding.severity === "warning")!;
    // In the document the error comes last.
    expect(findings.indexOf(error)).toBeGreaterThan(findings.indexOf(warning));
    expect(texts(table)).toEqual([LETTER_HEADER, expectedRow(error, 0), expectedRow(warning, 1, "请补上序号")]);
  });

  it("adds 提示 after the warnings when asked, and lists 不是问题 apart under 已核实不作修改", async () => {
    const file = await seedFile("002_c4bd8f948bd08bc9", markSeed002);
    const findings = file.result.findings!;
    const { blocks } = letterOf(file, { ...FORM, includeInfo: true, listDismissed: true });
    const [toFix, dismissed] = tables(blocks);
    const dismissedFinding = findings.find((finding) => finding.rule === "typo/fullwidth-digit")!;
    expect(findings.indexOf(dismissedFinding)).toBe(FIRST_FULLWIDTH_002);
    const ordered = [
      ...findings.filter((finding) => finding.severity === "error"),
      ...findings.filter((finding) => finding.severity === "warning"),
      ...findings.filter((finding) => finding.severity === "info" && finding !== dismissedFinding),
    ];
    expect(texts(toFix)).toEqual([LETTER_HEADER, ...ordered.map((finding, index) => expectedRow(finding, index, finding.severity === "warning" ? "请补上序号" : ""))]);
    expect(paragraphs(blocks)).toContain(DISMISSED_HEADING);
    const rule = ruleById(dismissedFinding.rule)!;
    expect(texts(dismissed)).toEqual([
      DISMISSED_HEADER,
      ["1", describeFindingPlaces(dismissedFinding), `【提示】${rule.title}：${dismissedFinding.message}\n${dismissedFinding.rule}`, "原文如此"],
    ]);
  });

  it("reads as a letter: title, addressee, what to do by when, contact and signature lines from the form", async () => {
    const file = await seedFile("002_c4bd8f948bd08bc9", markSeed002);
    const { agency } = truth("002_c4bd8f948bd08bc9");
    const { name, blocks } = letterOf(file, FORM);
    expect(name).toBe(`${agency}2023年政府信息公开工作年度报告修改意见.docx`);
    expect(paragraphs(blocks)).toEqual([
      `${agency}2023年政府信息公开工作年度报告修改意见`,
      `${agency}：`,
      `经审核，你单位报送的2023年政府信息公开工作年度报告（002_c4bd8f948bd08bc9.txt）存在以下问题（错误1条、警告1条）。请逐条核对修改，在“整改情况”栏填写整改结果，于2025年2月28日前将修改后的年度报告连同本表一并报送。`,
      "联系人：王明，电话：010-12345678",
      "北京市政务公开办公室",
      "2025年1月16日",
      `本意见由年报校验 ${file.result.checker.version}（规则目录 ${file.result.checker.rules}）辅助审核生成，检查时间 2025-01-15 10:30。`,
    ]);
    const addressed = letterOf(file, { ...FORM, addressee: "{机关}办公室", deadline: "" });
    expect(paragraphs(addressed.blocks)[1]).toBe(`${agency}办公室：`);
    expect(paragraphs(addressed.blocks)[2]).toMatch(/填写整改结果将修改后的年度报告连同本表一并报送。$/);
  });

  it("gives a problem found in several places once, with every place", async () => {
    const file = await seedFile("000_5a9a8d2bc98e1d44");
    const { blocks } = letterOf(file, { ...FORM, includeInfo: true });
    const dash = texts(tables(blocks)[0]).find((row) => row[2].includes("破折号"))!;
    expect(dash[1]).toBe("共4处：第12行、第16行");
    expect(dash[2]).toBe("【提示】破折号写法：“领导抓总--综合部门”等4处中的“--”应改为破折号“——”。\ntypo/dash");
  });

  it("names the file after the agency and year, and never glues a file name to a year when the agency is unknown", async () => {
    const file = await seedFile("004_7be0dca35fed79ae");
    expect(letterFileName(file)).toBe(`${truth("004_7be0dca35fed79ae").agency}2023年政府信息公开工作年度报告修改意见.docx`);
    const unknown = { ...file, name: "报送/02-h01-row-total.pdf", result: { ...file.result, report: { ...file.result.report!, agency: "" } } };
    expect(letterFileName(unknown)).toBe("未识别机关的年度报告修改意见（02-h01-row-total）.docx");
    const { blocks } = letterOf(unknown, DEFAULT_LETTER_FORM);
    expect(paragraphs(blocks).slice(0, 2)).toEqual(["2023年政府信息公开工作年度报告修改意见", "（请填写报送单位）："]);
    const noYear = { ...file, result: { ...file.result, report: { ...file.result.report!, year: null } } };
    expect(letterFileName(noYear)).toBe(`${truth("004_7be0dca35fed79ae").agency}政府信息公开工作年度报告修改意见.docx`);
  });

  it("asks for the file again when it could not be read", async () => {
    const file = await legacyDocFile();
    const { name, blocks } = letterOf(file, FORM);
    expect(name).toBe("未识别机关的年度报告修改意见（旧格式）.docx");
    expect(tables(blocks)).toEqual([]);
    expect(paragraphs(blocks)[2]).toBe(`你单位报送的政府信息公开工作年度报告（旧格式.doc）无法读取：${fileError("legacy-word").message}请重新报送。`);
  });

  it("a batch downloads as a zip of one letter per report, same agency and year numbered", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae"), await seedFile("000_5a9a8d2bc98e1d44"), await seedFile("004_7be0dca35fed79ae")];
    const download = buildDownload("letters", files, EXPORTED, { form: FORM });
    expect(download.name).toBe("年报修改意见（3份）.zip");
    expect(download.type).toBe("application/zip");
    const entries = unzipSync(download.data as Uint8Array);
    const agency = truth("004_7be0dca35fed79ae").agency;
    expect(Object.keys(entries)).toEqual([
      `${agency}2023年政府信息公开工作年度报告修改意见.docx`,
      `${truth("000_5a9a8d2bc98e1d44").agency}2023年政府信息公开工作年度报告修改意见.docx`,
      `${agency}2023年政府信息公开工作年度报告修改意见（2）.docx`,
    ]);
    for (const [index, bytes] of Object.values(entries).entries()) {
      expect(paragraphs(extractDocx(bytes).blocks)[0]).toBe(`${files[index].result.report!.agency}2023年政府信息公开工作年度报告修改意见`);
    }
  });
});
