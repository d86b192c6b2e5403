import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../core/extract/docx";
import type { Block, TableBlock } from "../core/model/document";
import { fileError } from "../core/model/errors";
import { truth } from "../../test/helpers/seeds";
import { EXPORTED, legacyDocFile, markFirstTwo, seedFile } from "./exports.testing";
import { reviewDocx } from "./review-docx";
import { placeText, SUMMARY_HEADER } from "./rows";
import { FINDINGS_TABLE_HEADER, SIGNATURE_LINE } from "./sheet";

const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));
const tables = (blocks: Block[]) => blocks.filter((block): block is TableBlock => block.type === "table");
const texts = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.text));

describe("the 修改意见 sheet as a Word document", () => {
  it("reads back with the title, the facts, one table row per finding and the signature line", async () => {
    const file = await seedFile("004_7be0dca35fed79ae", markFirstTwo);
    const findings = file.result.findings ?? [];
    const { blocks } = extractDocx(reviewDocx([file], EXPORTED));
    const { agency } = truth("004_7be0dca35fed79ae");

    expect(paragraphs(blocks)).toEqual([
      `${agency}2023年政府信息公开工作年度报告修改意见`,
      `机关：${agency}`,
      "年度：2023",
      `文件：${file.name}`,
      `检查时间：2025-01-15 10:30（年报校验 ${file.result.checker.version}，规则目录 ${file.result.checker.rules}）`,
      expect.stringMatching(/^导出时间：2025-01-16 09:05（年报校验 \S+，规则目录 \S+）$/),
      SIGNATURE_LINE,
    ]);
    const [table] = tables(blocks);
    const rows = texts(table);
    expect(tables(blocks)).toHaveLength(1);
    expect(rows[0]).toEqual(FINDINGS_TABLE_HEADER);
    expect(rows).toHaveLength(findings.length + 1);
    findings.forEach((finding, index) => {
      const [number, place, problem, severity, rule] = rows[index + 1];
      expect([number, place, problem]).toEqual([String(index + 1), placeText(finding.location), finding.message]);
      expect(severity).toMatch(/^(错误|警告|提示)$/);
      expect(rule.endsWith(`（${finding.rule}）`)).toBe(true);
    });
    expect(rows[1].slice(5)).toEqual(["已核实", '已与经办人核实，请按"应为"修改']);
    expect(rows[2].slice(5)).toEqual(["不是问题", "本机关按惯例填写,\n不作修改"]);
    expect(rows[3].slice(5)).toEqual(["", ""]);
  });

  it("puts a batch's summary first, landscape, and starts each file on a new page", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae"), await legacyDocFile(), await seedFile("000_5a9a8d2bc98e1d44")];
    const bytes = reviewDocx(files, EXPORTED);
    const { blocks } = extractDocx(bytes);
    const [summary, ...sheets] = tables(blocks);

    expect(texts(summary)[0]).toEqual(SUMMARY_HEADER);
    expect(texts(summary).slice(1).map((row) => [row[0], row[3]])).toEqual([
      [files[0].name, "33"],
      ["旧格式.doc", ""],
      [files[2].name, "4"],
    ]);
    expect(sheets.map((sheet) => sheet.rows.length - 1)).toEqual([files[0], files[2]].map((file) => file.result.findings!.length));
    const titles = paragraphs(blocks).filter((text) => text.endsWith("修改意见") || text.endsWith("修改意见汇总"));
    expect(titles).toEqual([
      "政府信息公开工作年度报告修改意见汇总",
      `${truth("004_7be0dca35fed79ae").agency}2023年政府信息公开工作年度报告修改意见`,
      "旧格式.doc政府信息公开工作年度报告修改意见",
      `${truth("000_5a9a8d2bc98e1d44").agency}2023年政府信息公开工作年度报告修改意见`,
    ]);
    expect(paragraphs(blocks)).toContain(`无法读取：${fileError("legacy-word").message}`);
    expect(paragraphs(blocks).filter((text) => text === SIGNATURE_LINE)).toHaveLength(3);
    // The summary is a landscape section, so the first file starts a page with the next section; the others break before their titles.
    const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
    const sections = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((match) => match[1].includes('w:orient="landscape"'));
    expect(sections).toEqual([true, false]);
    expect(xml.indexOf('w:orient="landscape"')).toBeLessThan(xml.indexOf(`${truth("004_7be0dca35fed79ae").agency}2023年`));
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
  });

  it("is a Word package of the five parts, the same bytes for the same results and export time", async () => {
    const bytes = reviewDocx([await seedFile("001_2a4087b0dbaec631")], EXPORTED);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"].sort(),
    );
    expect(reviewDocx([await seedFile("001_2a4087b0dbaec631")], EXPORTED)).toEqual(bytes);
  });
});
