/** The DOCX reader on the generated seed documents, the official Word template and files it cannot read. */
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/core/extract/docx";
import { extractHtml } from "../../src/core/extract/html";
import { MAX_TABLES } from "../../src/core/extract/limits";
import type { TableBlock } from "../../src/core/model/document";
import { fileError } from "../../src/core/model/errors";
import type { ErrorCode } from "../../src/core/model/report";
import { parseDocument } from "../../src/core/parse/index";
import { zipPackage } from "../../scripts/fixtures/docx-writer";
import type { Fixture } from "../../scripts/fixtures/manifest";
import { check, generated, ruleIds, textRuleIds } from "../helpers/formats";
import { SEED_IDS, realFile, truth, type SeedId } from "../helpers/seeds";

const TEMPLATE = realFile("official-template-2021.docx");
const manifest = JSON.parse(new TextDecoder().decode(generated("manifest.json"))) as { fixtures: Fixture[] };
const readableDocx = manifest.fixtures.filter((fixture) => fixture.format === "docx" && fixture.truth);

const tables = (blocks: ReturnType<typeof extractDocx>["blocks"]) => blocks.filter((block): block is TableBlock => block.type === "table");

describe("DOCX seeds: every table cell as the truth", () => {
  it("covers every seed, the content-control variant and a LibreOffice-saved file", () => {
    expect(new Set(readableDocx.map((fixture) => fixture.seed))).toEqual(new Set(SEED_IDS));
    expect(readableDocx.map((fixture) => fixture.file)).toEqual(
      expect.arrayContaining(["004_7be0dca35fed79ae-controls.docx", "001_2a4087b0dbaec631-libreoffice.docx"]),
    );
  });

  it.each(readableDocx.map((fixture) => [fixture.file, fixture.seed as SeedId]))("%s", async (file, seed) => {
    const result = await check(file, generated(file));
    expect(result.error).toBeNull();
    expect(result.format).toBe("docx");
    expect(result.report!.tables).toEqual(truth(seed).tables);
    expect(result.report!.title).toBe(truth(seed).title);
  });
});

describe("DOCX seeds: the same findings as the seed as text", () => {
  it.each(SEED_IDS)("%s", async (seed) => {
    const result = await check(`${seed}.docx`, generated(`${seed}.docx`));
    expect(ruleIds(result.findings!)).toEqual(await textRuleIds(seed));
  });

  it.each(readableDocx.map((fixture) => fixture.file))("%s: every finding points at a block", async (file) => {
    const { findings } = await check(file, generated(file));
    expect(findings!.length).toBeGreaterThan(0);
    for (const finding of findings!) expect(finding.location.block, `${finding.rule}: ${finding.message}`).toEqual(expect.any(Number));
  });
});

describe("DOCX blocks", () => {
  const document = extractDocx(generated("004_7be0dca35fed79ae.docx"));

  it("numbers blocks by their place among w:body's paragraphs and tables, empty paragraphs counted", () => {
    const numbers = document.blocks.map((block) => block.location.block!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    // The writer puts an empty paragraph after each table: the block after a table skips a number.
    const [t2] = tables(document.blocks);
    const next = document.blocks[document.blocks.indexOf(t2) + 1];
    expect(next.location.block).toBe(t2.location.block! + 2);
  });

  it("gives every cell its block, row and grid column; a merged cell once, with empty cells where it reaches", () => {
    const t3 = tables(document.blocks)[1];
    for (const [r, row] of t3.rows.entries()) {
      for (const cell of row) expect(cell.location).toMatchObject({ block: t3.location.block, cell: { row: r, column: expect.any(Number) } });
    }
    const results = t3.rows[5];
    expect(results.slice(0, 2).map((cell) => [cell.text, cell.rowSpan, cell.colSpan])).toEqual([
      ["三、本年度办理结果", 22, undefined],
      ["（一）予以公开", undefined, 2],
    ]);
    expect(t3.rows[7].slice(0, 3).map((cell) => cell.text)).toEqual(["", "（三）不予公开", "1.属于国家秘密"]);
    expect(t3.rows[7].map((cell) => cell.location.cell?.column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("reads rows that start with w:gridBefore, cells in content controls, and tracked changes as accepted", () => {
    const plain = tables(document.blocks);
    const controls = tables(extractDocx(generated("004_7be0dca35fed79ae-controls.docx")).blocks);
    const texts = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.text));
    expect(controls.map(texts)).toEqual(plain.map(texts));
    const disclosed = controls[1].rows[6];
    expect(disclosed[0]).toMatchObject({ text: "", location: { cell: { column: 0 } } });
    expect(disclosed[1].location.cell?.column).toBe(1);
    expect(controls[1].rows[3][1].text).toBe("33"); // w:del "43" dropped, w:ins "33" kept
  });

  it("keeps a cell's paragraphs as lines and its white space as written", () => {
    const t4 = tables(extractDocx(TEMPLATE).blocks)[2];
    expect(t4.rows[1][1].text).toBe("结果\n纠正");
    const t2 = tables(extractDocx(generated("002_c4bd8f948bd08bc9.docx")).blocks)[0];
    expect(t2.rows[2].map((cell) => cell.text)).toEqual(["规章", "\u{3000}0", "\u{a0}0", "\u{a0}0"]);
  });
});

describe("the official Word template", () => {
  it("parses into all three tables with every cell null, one finding per empty table", async () => {
    const result = await check("official-template-2021.docx", TEMPLATE);
    expect(result.error).toBeNull();
    expect(result.report!.tables).toEqual(truth("official-template-2021").tables);
    const empty = result.findings!.filter((finding) => finding.rule === "structure/table-empty");
    expect(empty.map((finding) => finding.location.template?.table)).toEqual(["t2", "t3", "t4"]);
    expect(result.findings!.filter((finding) => finding.rule.endsWith("/value-int"))).toEqual([]);
  });
});

describe("DOCX files that cannot be read", () => {
  const unreadable = manifest.fixtures.filter((fixture) => fixture.error && !/\.(pdf|html|doc)$/.test(fixture.file));

  it("covers .wps, .ofd, a renamed spreadsheet, a missing main part, a truncated zip and an expanding one", () => {
    expect(unreadable.map((fixture) => fixture.error).sort()).toEqual(
      ["damaged-file", "damaged-file", "legacy-word", "ofd", "too-complex", "unsupported-format"].sort(),
    );
  });

  it.each(unreadable.map((fixture) => [fixture.file, fixture.error as ErrorCode]))("%s: %s with its Chinese message", async (file, code) => {
    const result = await check(file, generated(file));
    expect(result.error?.code).toBe(code);
    expect(result.error!.message.startsWith(fileError(code).message.slice(0, -1))).toBe(true);
    expect(result.findings).toBeUndefined();
  });

  it("names the limit a too large document hits", async () => {
    const result = await check("expanding.docx", generated("expanding.docx"));
    expect(result.error!.message).toContain("word/document.xml 解压后约 210 MB，超过 200 MB 的上限");
  });

  it(`stops at more than ${MAX_TABLES} tables`, async () => {
    const table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${table.repeat(MAX_TABLES + 1)}</w:body></w:document>`;
    const bytes = zipPackage({ "[Content_Types].xml": "<Types/>", "word/document.xml": xml });
    const result = await check("tables.docx", bytes);
    expect(result.error).toEqual(fileError("too-complex", `表格超过 ${MAX_TABLES} 个`));
  });

  it("a batch with unreadable files still checks the others", async () => {
    const files = ["legacy.doc", "000_5a9a8d2bc98e1d44.docx", "expanding.docx", "report.ofd", "004_7be0dca35fed79ae.docx"];
    const results = await Promise.all(files.map((file) => check(file, generated(file))));
    expect(results.map((result) => result.error?.code ?? null)).toEqual(["legacy-word", null, "too-complex", "ofd", null]);
    expect(results[4].report!.tables).toEqual(truth("004_7be0dca35fed79ae").tables);
  });
});

describe("why the reader reads word/document.xml rather than mammoth's HTML", () => {
  it("mammoth loses the w:gridBefore places: rows under 三、本年度办理结果 come out one grid column short", async () => {
    const bytes = generated("004_7be0dca35fed79ae-controls.docx");
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const viaMammoth = tables(extractHtml(new TextEncoder().encode(`<html><body>${value}</body></html>`)).blocks)[1];
    const own = tables(extractDocx(bytes).blocks)[1];
    const width = (row: TableBlock["rows"][number]) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
    expect(own.rows.slice(3).map(width)).toEqual(own.rows.slice(3).map(() => 10));
    expect(viaMammoth.rows.slice(6, 27).map(width)).toEqual(viaMammoth.rows.slice(6, 27).map(() => 9));
    expect(parseDocument(extractDocx(bytes)).report.tables).toEqual(truth("004_7be0dca35fed79ae").tables);
  });
});
