import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TableBlock } from "../model/document";
import { extractText, textToBlocks } from "./text";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/text/${name}`, import.meta.url));
const sample = (id: string) => readFileSync(new URL(`../../../public/samples/${id}.txt`, import.meta.url), "utf8");

describe("text extraction", () => {
  it("paragraphs carry their line and columns", () => {
    const [first, second] = textToBlocks("标题\n\n正文第一段");
    expect(first).toEqual({ type: "paragraph", text: "标题", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 3 } });
    expect(second.location).toEqual({ kind: "text", line: 3, column: 1, endLine: 3, endColumn: 6 });
  });

  it("one cell per line after a tab: rows end at blank lines, wrapped labels continue the cell", () => {
    const [table] = textToBlocks("\t名称\n\t商业\n企业\n\n\t规章\n\t0\n\t5") as TableBlock[];
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([["名称", "商业\n企业"], ["规章", "0", "5"]]);
    expect(table.rows[1][2].location).toEqual({ kind: "text", line: 7, column: 2, endLine: 7, endColumn: 3 });
    expect(table.rows[0][1].location).toMatchObject({ line: 2, endLine: 3 });
  });

  it("a wrapped label after a blank line still belongs to its cell and row (seed 002)", () => {
    const [table] = textToBlocks("\t结果维持\n\t结果\n\n纠正\n\t其他\n\n结果\n\n\t0") as TableBlock[];
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([["结果维持", "结果\n纠正", "其他\n结果"], ["0"]]);
  });

  it("tab-separated rows keep empty cells and their columns", () => {
    const [table] = textToBlocks("行政许可\t0\t\t") as TableBlock[];
    expect(table.rows[0].map((cell) => [cell.text, cell.location.column])).toEqual([["行政许可", 1], ["0", 6], ["", 8], ["", 9]]);
  });

  it("a row of empty tab-separated cells keeps every cell", () => {
    const [table] = textToBlocks("行政复议\t行政诉讼\n" + "\t".repeat(14)) as TableBlock[];
    expect(table.rows[1]).toHaveLength(15);
  });

  it("a heading after a table ends the table", () => {
    const blocks = textToBlocks("\t规章\n\t0\n\n四、政府信息公开行政复议、行政诉讼情况\n\t行政复议");
    expect(blocks.map((block) => block.type)).toEqual(["table", "paragraph", "table"]);
  });

  it("GBK, GB18030 and UTF-8 with BOM and CRLF read the same as UTF-8", () => {
    const same = (bytes: Buffer, id: string) => expect(extractText(bytes).blocks).toEqual(extractText(Buffer.from(sample(id))).blocks);
    same(fixture("000-gbk.txt"), "000_5a9a8d2bc98e1d44");
    same(fixture("004-gb18030.txt"), "004_7be0dca35fed79ae");
    same(fixture("003-bom-crlf.txt"), "003_f34c183db723c9dd");
  });
});
