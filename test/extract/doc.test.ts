/**
 * The Word 97–2003 reader on the seeds and report mutations saved as .doc by LibreOffice, on files derived
 * from them (GBK pieces, Word 95, truncated), on a password-protected .doc, and on documents written here.
 */
import { describe, expect, it } from "vitest";
import { openCompoundFile } from "../../src/core/extract/cfb";
import { extractDoc } from "../../src/core/extract/doc";
import { readPieces } from "../../src/core/extract/doc-text";
import { extractDocx } from "../../src/core/extract/docx";
import { ExtractError } from "../../src/core/extract/extract-error";
import { MAX_DOC_CHARS, MAX_TABLES } from "../../src/core/extract/limits";
import { fileError } from "../../src/core/model/errors";
import type { ErrorCode } from "../../src/core/model/report";
import { ole2File } from "../../scripts/fixtures/bad-files";
import { DOC_MUTATIONS, docWithTables, fibOffsets, minimalDoc, mutated, withFib } from "../../scripts/fixtures/doc-files";
import { buildDocx } from "../../scripts/fixtures/docx-writer";
import type { Fixture } from "../../scripts/fixtures/manifest";
import { loadSeedReport } from "../../scripts/fixtures/seed-report";
import { check, generated, ruleIds } from "../helpers/formats";
import { SEED_IDS, realFile, truth, type SeedId } from "../helpers/seeds";

const manifest = JSON.parse(new TextDecoder().decode(generated("manifest.json"))) as { fixtures: Fixture[] };
const readableDoc = manifest.fixtures.filter((fixture) => fixture.format === "doc" && fixture.truth);
const SEED_004 = SEED_IDS[4];

describe(".doc seeds: every table cell as the truth", () => {
  it("covers every seed, the GBK-piece variant and the official template", () => {
    expect(new Set(readableDoc.flatMap((fixture) => (fixture.seed ? [fixture.seed] : [])))).toEqual(new Set(SEED_IDS));
    expect(readableDoc.map((fixture) => fixture.file)).toEqual(expect.arrayContaining(["001_2a4087b0dbaec631-gbk.doc", "official-template-2021.doc"]));
  });

  it.each(readableDoc.map((fixture) => [fixture.file, fixture.truth!.replace(/^test\/truth\/|\.json$/g, "")]))("%s", async (file, truthName) => {
    const result = await check(file, generated(file));
    expect(result.error).toBeNull();
    expect(result.format).toBe("doc");
    expect(result.report!.tables).toEqual(truth(truthName).tables);
    expect(result.report!.title).toBe(truth(truthName).title);
  });
});

describe(".doc seeds: the same blocks, report and findings as the DOCX of the same report", () => {
  it.each(SEED_IDS)("%s", async (seed: SeedId) => {
    const [doc, docx] = await Promise.all([check(`${seed}.doc`, generated(`${seed}.doc`)), check(`${seed}.docx`, generated(`${seed}.docx`))]);
    expect(doc.blocks).toEqual(docx.blocks);
    expect(doc.report).toEqual(docx.report);
    expect(doc.findings!.length).toBeGreaterThan(0);
    expect(doc.findings).toEqual(docx.findings);
  });

  it("the official template: the same blocks as the Word original", () => {
    expect(extractDoc(generated("official-template-2021.doc")).blocks).toEqual(extractDocx(realFile("official-template-2021.docx")).blocks);
  });

  it("merged cells: 三、本年度办理结果 down 22 rows, the empty cells it covers, every cell at its grid column", () => {
    const t3 = extractDoc(generated(`${SEED_004}.doc`)).blocks.filter((block) => block.type === "table")[1];
    if (t3.type !== "table") throw new Error("no table");
    expect(t3.rows[5].slice(0, 2).map((cell) => [cell.text, cell.rowSpan, cell.colSpan])).toEqual([
      ["三、本年度办理结果", 22, undefined],
      ["（一）予以公开", undefined, 2],
    ]);
    expect(t3.rows[7].slice(0, 3).map((cell) => cell.text)).toEqual(["", "（三）不予公开", "1.属于国家秘密"]);
    expect(t3.rows[7].map((cell) => cell.location)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((column) => ({ kind: "docx", block: t3.location.block, cell: { row: 7, column } })));
  });
});

describe("report mutations as .doc: the same findings as their DOCX", () => {
  const base = loadSeedReport(SEED_004);

  it("covers every mutation", () => {
    expect(manifest.fixtures.filter((fixture) => fixture.mutation).map((fixture) => fixture.mutation)).toEqual(DOC_MUTATIONS.map((mutation) => mutation.name).sort());
  });

  it.each(DOC_MUTATIONS.map((mutation) => [mutation.name, mutation]))("%s", async (name, mutation) => {
    const file = `${SEED_004}-${name}.doc`;
    const [doc, docx, intact] = await Promise.all([
      check(file, generated(file)),
      check(`${SEED_004}-${name}.docx`, buildDocx(mutated(base, mutation))),
      check(`${SEED_004}.doc`, generated(`${SEED_004}.doc`)),
    ]);
    expect(doc.error).toBeNull();
    expect(doc.findings).toEqual(docx.findings);
    expect(ruleIds(doc.findings!)).toContain(mutation.rule);
    expect(ruleIds(intact.findings!)).not.toContain(mutation.rule);
  });
});

describe("8-bit pieces in GBK", () => {
  const file = "001_2a4087b0dbaec631-gbk.doc";

  it("the file really holds its Chinese text in 8-bit pieces", () => {
    const container = openCompoundFile(generated(file));
    const word = container.stream("WordDocument")!;
    const { view, fcClx, lcbClx } = fibOffsets(word);
    const at = view.getUint32(fcClx, true);
    const pieces = readPieces(container.stream("1Table")!.subarray(at, at + view.getUint32(lcbClx, true)));
    const eightBit = pieces.filter((piece) => piece.compressed);
    expect(eightBit.length).toBeGreaterThan(100);
    const bytes = eightBit.reduce((sum, piece) => sum + piece.cpEnd - piece.cpStart, 0);
    expect(bytes).toBeGreaterThan(2000);
    const sample = eightBit[0];
    const text = new TextDecoder("gbk").decode(word.subarray(sample.fc, sample.fc + sample.cpEnd - sample.cpStart));
    expect(text).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it("reads as the same document in UTF-16 pieces", () => {
    expect(extractDoc(generated(file)).blocks).toEqual(extractDoc(generated("001_2a4087b0dbaec631.doc")).blocks);
  });
});

describe("fields, hidden text, line breaks, merged and nested cells", () => {
  const cell = (text: string, cellRow: number, cellColumn: number, spans: { colSpan?: number; rowSpan?: number } = {}) => ({
    text,
    location: { kind: "docx", block: 3, cell: { row: cellRow, column: cellColumn } },
    ...spans,
  });

  it("keeps a field's result and drops its code and hidden text; tables as grids", () => {
    expect(extractDoc(generated("features.doc")).blocks).toEqual([
      { type: "paragraph", text: "本页共1页。", location: { kind: "docx", block: 0 } },
      { type: "paragraph", text: "看得见的文字。", location: { kind: "docx", block: 1 } },
      { type: "paragraph", text: "第一行\n第二行", location: { kind: "docx", block: 2 } },
      {
        type: "table",
        location: { kind: "docx", block: 3 },
        rows: [
          [cell("跨两列", 0, 0, { colSpan: 2 }), cell("跨两行", 0, 2, { rowSpan: 2 }), cell("甲", 0, 3)],
          [cell("一", 1, 0), cell("二", 1, 1), cell("", 1, 2), cell("乙", 1, 3)],
          [cell("三", 2, 0), cell("跨三列", 2, 1, { colSpan: 3 })],
        ],
      },
      {
        type: "table",
        location: { kind: "docx", block: 5 },
        rows: [
          [
            { text: "外层\n内1\n内2\n表后", location: { kind: "docx", block: 5, cell: { row: 0, column: 0 } } },
            { text: "右", location: { kind: "docx", block: 5, cell: { row: 0, column: 1 } } },
          ],
        ],
      },
      { type: "paragraph", text: "完。", location: { kind: "docx", block: 6 } },
    ]);
  });

  it("reads a document written from scratch: cell marks, row ends, body paragraphs", () => {
    const doc = minimalDoc([
      ["标题\r", "body"],
      ["\r", "body"],
      ["甲\u0007", "cell"],
      ["乙\u0007", "cell"],
      ["\u0007", "row-end"],
      ["丙\r", "cell"],
      ["丁\u0007", "cell"],
      ["\u0007", "cell"],
      ["\u0007", "row-end"],
      ["完\r", "body"],
    ]);
    expect(extractDoc(doc).blocks).toEqual([
      { type: "paragraph", text: "标题", location: { kind: "docx", block: 0 } },
      {
        type: "table",
        location: { kind: "docx", block: 2 },
        rows: [
          [
            { text: "甲", location: { kind: "docx", block: 2, cell: { row: 0, column: 0 } } },
            { text: "乙", location: { kind: "docx", block: 2, cell: { row: 0, column: 1 } } },
          ],
          [
            { text: "丙\n丁", location: { kind: "docx", block: 2, cell: { row: 1, column: 0 } } },
            { text: "", location: { kind: "docx", block: 2, cell: { row: 1, column: 1 } } },
          ],
        ],
      },
      { type: "paragraph", text: "完", location: { kind: "docx", block: 3 } },
    ]);
  });

  it("builds the grid from the rows' cell edges: older horizontal merges, vertical merges, a row starting past the first column", () => {
    const edges = (flags: number[], from = 0) => flags.map((flag, i) => ({ left: from + i * 1000, right: from + (i + 1) * 1000, flags: flag }));
    const doc = minimalDoc([
      ["甲\u0007", "cell"],
      ["被并\u0007", "cell"],
      ["丙\u0007", "cell"],
      ["\u0007", "row-end", edges([0x01, 0x02, 0x60])],
      ["丁\u0007", "cell"],
      ["戊\u0007", "cell"],
      ["\u0007", "cell"],
      ["\u0007", "row-end", edges([0, 0, 0x20])],
      ["己\u0007", "cell"],
      ["\u0007", "row-end", [{ left: 1000, right: 3000 }]],
    ]);
    const at = (row: number, column: number) => ({ kind: "docx", block: 0, cell: { row, column } });
    expect(extractDoc(doc).blocks).toEqual([
      {
        type: "table",
        location: { kind: "docx", block: 0 },
        rows: [
          [
            { text: "甲", location: at(0, 0), colSpan: 2 },
            { text: "丙", location: at(0, 2), rowSpan: 2 },
          ],
          [
            { text: "丁", location: at(1, 0) },
            { text: "戊", location: at(1, 1) },
            { text: "", location: at(1, 2) },
          ],
          [
            { text: "", location: at(2, 0) },
            { text: "己", location: at(2, 1), colSpan: 2 },
          ],
        ],
      },
    ]);
  });
});

describe("files the Word 97–2003 reader cannot read", () => {
  const cases: [string, () => Uint8Array, ErrorCode, string?][] = [
    ["a password-protected .doc", () => generated("003_f34c183db723c9dd-password.doc"), "encrypted-doc"],
    ["a password-protected .docx (an OLE2 EncryptedPackage)", () => ole2File("EncryptedPackage"), "encrypted-doc", "设有打开密码的 .docx"],
    ["a truncated .doc", () => generated("truncated.doc"), "damaged-doc", "复合文档结构损坏：扇区 104 超出文件末尾"],
    ["a .doc whose WordDocument stream is empty", () => ole2File("WordDocument"), "damaged-doc", "WordDocument 流过短"],
    ["a Word 95 document", () => generated("legacy.doc"), "legacy-word"],
    ["an OLE2 file without a Word document (old WPS)", () => generated("legacy.wps"), "legacy-word"],
    ["an Excel 97–2003 workbook", () => ole2File("Workbook"), "unsupported-format", "这是 Excel 工作簿（.xls）"],
    [`a .doc of ${MAX_TABLES + 1} tables`, () => docWithTables(MAX_TABLES + 1), "too-complex", `表格超过 ${MAX_TABLES} 个`],
    [
      `a .doc whose main text claims more than ${MAX_DOC_CHARS} characters`,
      () => withFib(generated(`${SEED_004}.doc`), ({ view, ccpText }) => view.setUint32(ccpText, MAX_DOC_CHARS + 1, true)),
      "too-complex",
      "正文超过 1000 万字",
    ],
  ];

  it.each(cases)("%s", async (_kind, bytes, code, detail) => {
    const result = await check("报告.doc", bytes());
    expect(result.error).toEqual(fileError(code, detail));
    expect(result.findings).toBeUndefined();
  });

  it("a .doc whose FIB places the piece table outside the table stream is damaged", async () => {
    const doc = withFib(generated(`${SEED_004}.doc`), ({ view, fcClx }) => view.setUint32(fcClx, 0x7fff0000, true));
    const result = await check("报告.doc", doc);
    expect(result.error).toEqual(fileError("damaged-doc", "片段表超出表格流"));
  });
});

describe("damaged in many ways", () => {
  it("bytes changed at random in the FIB, the container's header and its end give a result or a damaged-doc, never an exception", () => {
    const intact = generated(`${SEED_004}.doc`);
    const fib = intact.findIndex((byte, at) => at % 512 === 0 && byte === 0xec && intact[at + 1] === 0xa5);
    let state = 20240120;
    const random = (below: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % below);
    const regions = [fib, 0, intact.length - 12_000];
    const outcomes = new Set<string>();
    for (let round = 0; round < 300; round++) {
      const bytes = intact.slice();
      for (let change = 0; change < 1 + random(8); change++) bytes[regions[random(3)] + random(1024)] = random(256);
      try {
        extractDoc(bytes);
        outcomes.add("read");
      } catch (error) {
        expect(error).toBeInstanceOf(ExtractError);
        outcomes.add((error as ExtractError).code);
      }
    }
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(["damaged-doc", "read"]));
    expect([...outcomes].every((outcome) => ["read", "damaged-doc", "legacy-word", "encrypted-doc", "too-complex"].includes(outcome))).toBe(true);
  });
});

describe("bytes decide, not the name", () => {
  it("a .doc named .docx or .wps is read as a .doc; a .docx named .doc as a .docx", async () => {
    const [asDocx, asWps, asDoc] = await Promise.all([
      check("报告.docx", generated(`${SEED_004}.doc`)),
      check("报告.wps", generated(`${SEED_004}.doc`)),
      check("报告.doc", generated(`${SEED_004}.docx`)),
    ]);
    expect([asDocx.format, asWps.format, asDoc.format]).toEqual(["doc", "doc", "docx"]);
    for (const result of [asDocx, asWps, asDoc]) expect(result.report!.tables).toEqual(truth(SEED_004).tables);
  });
});
