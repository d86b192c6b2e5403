/** The PDF adapter on real files: the WPS report in shared/, the generated seed PDFs, unreadable PDFs. */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { runCli } from "../../src/cli/run";
import { checkFile, checkText } from "../../src/core/check";
import type { Block } from "../../src/core/model/document";
import { fileError } from "../../src/core/model/errors";
import type { Box, Location } from "../../src/core/model/location";
import type { CheckResult, ErrorCode, Finding } from "../../src/core/model/report";
import { parseDocument } from "../../src/core/parse/index";
import { extractPdf, openDocument } from "../../src/core/extract/pdf";
import { MAX_PAGES } from "../../src/core/extract/limits";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { blankPdf } from "../../scripts/bench/generate";
import { realFile, seedText, truth, type SeedId } from "../helpers/seeds";

const GENERATED = new URL("../fixtures/generated/", import.meta.url);

interface Fixture {
  file: string;
  seed?: SeedId;
  error?: ErrorCode;
}

const PDF_FIXTURES = (JSON.parse(readFileSync(new URL("manifest.json", GENERATED), "utf8")) as { fixtures: Fixture[] }).fixtures
  .filter((fixture) => fixture.file.endsWith(".pdf"));

function generated(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, GENERATED)));
}

/**
 * Findings a PDF cannot give, so they are left out when a seed's PDF is compared with its text
 * (rules.md, "按格式不适用的规则"): spaces as typed (pdf.js's text layer has no white-space glyphs, only
 * gaps, so a cell's full-width space is gone too) and markers that only text conversions leave.
 */
function appliesToPdf(finding: Finding): boolean {
  if (finding.rule === "typo/space-in-cjk" || finding.rule === "typo/space-cjk-digit") return false;
  if (finding.rule === "typo/artefact") return !finding.message.includes("[bookmark:");
  if (finding.rule === "typo/fullwidth-digit") return !finding.message.includes("全角空格");
  return true;
}

const ruleIds = (findings: Finding[] = []) => findings.filter(appliesToPdf).map((finding) => finding.rule).sort();
const A4: Box = [0, 0, 595, 842];

function check(name: string, bytes: Uint8Array): Promise<CheckResult> {
  return checkFile({ name, bytes }, { extractors: nodeExtractors });
}

/** Made when a test first asks, once, not while the tests are collected (pdf.js reads one file at a time). */
function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

function isOnPage(location: Location, pageCount: number, [left, bottom, right, top]: Box = A4): boolean {
  const { page, box } = location;
  if (page === undefined || !box || page < 1 || page > pageCount) return false;
  const [x0, y0, x1, y1] = box;
  return x0 <= x1 && y0 <= y1 && x0 >= left && y0 >= bottom && x1 <= right && y1 <= top;
}

function everyLocation(blocks: Block[]): Location[] {
  return blocks.flatMap((block) =>
    block.type === "paragraph"
      ? [block.location, ...(block.spans ?? []).map((span) => span.location)]
      : [block.location, ...block.rows.flat().map((cell) => cell.location)],
  );
}

describe("hongze-2024.pdf, a real report exported by WPS", () => {
  const bytes = realFile("hongze-2024.pdf");
  const expected = truth("hongze-2024");
  const result = lazy(() => check("hongze-2024.pdf", bytes));
  const document = lazy(() => extractPdf(bytes, pdfjsLegacy, nodeAssets));

  it("parses completely: title, sections and every cell of the three tables", async () => {
    const { error, report } = await result();
    expect(error).toBeNull();
    expect(report?.title).toBe(expected.title);
    expect(report?.agency).toBe(expected.agency);
    expect(report?.year).toBe(expected.year);
    expect(report?.sections.map((section) => section.heading)).toEqual(expected.sections.map((section) => section.heading));
    expect(report?.tables).toEqual(expected.tables);
  });

  it("reads the wrapped labels whole, keeps the typo'd label as written, and the collapsed （六） row", async () => {
    const parsed = parseDocument(await document());
    const t3 = parsed.tables.t3!;
    const label = (key: string) => t3.rows.find((row) => row.key === key)?.label.replace(/\s/g, "");
    expect(label("withheld_prohibited")).toBe("2.其他法律行政止公开");
    expect(label("partly_disclosed")).toBe("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    expect(label("rejected_confirmation")).toBe("5.要求行政机关确认或重新出具已获取信息");
    expect(t3.rows.map((row) => row.key)).toContain("other_total");
    expect(t3.rows.map((row) => row.key)).not.toContain("other_other");
    expect(t3.unmatched).toEqual([]);
    expect(parsed.tables.t4?.cellCount).toBe(15);
  });

  it("joins the tables split across pages 2–3 and 3–4 into one block each", async () => {
    const { blocks } = await document();
    const tables = blocks.filter((block) => block.type === "table");
    expect(tables.map((table) => table.location.boxes?.map((box) => box.page) ?? [table.location.page])).toEqual([[2, 3], [3, 4], [4]]);
  });

  it("puts every block, cell and text span on its page, and a cell's box around its number", async () => {
    const { pageCount, blocks } = await document();
    expect(pageCount).toBe(5);
    const locations = everyLocation(blocks);
    expect(locations.length).toBeGreaterThan(300);
    expect(locations.filter((location) => !isOnPage(location, 5))).toEqual([]);
    // 表三 一、本年新收 … 自然人 "95": the item sits at x 318.7–332.8 on baseline 328.7 of page 3.
    const cell = parseDocument(await document()).tables.t3!.rows.find((row) => row.key === "new")!.cells.natural_person;
    expect(cell.location.page).toBe(3);
    const [x0, y0, x1, y1] = cell.location.box!;
    expect(x0 < 318.7 && x1 > 332.8 && y0 < 328.7 && y1 > 338).toBe(true);
  });

  it("gives every finding a page and a box", async () => {
    const { findings } = await result();
    expect(findings?.length).toBeGreaterThan(0);
    expect(findings!.filter((finding) => !isOnPage(finding.location, 5))).toEqual([]);
  });
});

/** How many glyphs of a page's text pdf.js drew an outline of (it sends each outline as `<font>_path_<glyph>`). */
async function outlinedGlyphs(document: PDFDocumentProxy, pageNumber: number): Promise<number> {
  const page = await document.getPage(pageNumber);
  const { fnArray, argsArray } = await page.getOperatorList();
  const { OPS } = pdfjsLegacy;
  let font = "";
  let outlined = 0;
  fnArray.forEach((fn, index) => {
    const first = (argsArray[index] as unknown[] | null)?.[0];
    if (fn === OPS.setFont) font = first as string;
    if (fn !== OPS.showText) return;
    for (const glyph of first as ({ fontChar: string } | number)[]) {
      if (typeof glyph === "object" && page.commonObjs.has(`${font}_path_${glyph.fontChar}`)) outlined++;
    }
  });
  return outlined;
}

describe("embedded fonts (hongze-2024.pdf)", () => {
  it("are read without pdf.js drawing their glyphs' outlines, and drawn for pages read by OCR", async () => {
    const counts: number[] = [];
    for (const drawn of [false, true]) {
      const document = await openDocument(realFile("hongze-2024.pdf"), pdfjsLegacy, nodeAssets, drawn);
      counts.push(await outlinedGlyphs(document, 2));
      await document.destroy();
    }
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBeGreaterThan(100);
  });
});

describe("a landscape page whose text is turned in user space (hongze pp. 3–4 turned by qpdf --rotate, --flatten-rotation)", () => {
  const bytes = new Uint8Array(readFileSync(new URL("../fixtures/pdf/hongze-p3-4-turned.pdf", import.meta.url)));

  it("reads its tables as on the upright page, with boxes in the turned page's user space", async () => {
    const document = await extractPdf(bytes, pdfjsLegacy, nodeAssets);
    const { tables } = parseDocument(document).report;
    const expected = truth("hongze-2024").tables as Required<typeof tables>;
    expect(tables.t3).toEqual(expected.t3);
    expect(tables.t4).toEqual(expected.t4);
    expect(tables.t2).toEqual({ penalty: 2776, coercion: 84, fees: 7545 });
    expect(everyLocation(document.blocks).filter((location) => !isOnPage(location, 2, [0, 0, 842, 595]))).toEqual([]);
  });
});

describe.each(PDF_FIXTURES.filter((fixture) => fixture.seed))("generated $file", ({ file, seed }) => {
  const expected = truth(seed!);
  const result = lazy(() => check(file, generated(file)));

  it("reads title, sections and every cell of the three tables as the truth file holds them", async () => {
    const { error, report } = await result();
    expect(error).toBeNull();
    expect({ title: report?.title, agency: report?.agency, year: report?.year, formatVersion: report?.formatVersion }).toEqual({
      title: expected.title,
      agency: expected.agency,
      year: expected.year,
      formatVersion: expected.formatVersion,
    });
    expect(report?.sections.map((section) => section.heading)).toEqual(expected.sections.map((section) => section.heading));
    expect(report?.tables).toEqual(expected.tables);
  });

  it("finds what the seed as text finds, except what a PDF cannot show, each with a page and a box", async () => {
    const { findings } = await result();
    const asText = await checkText(`${seed}.txt`, seedText(seed!));
    expect(ruleIds(findings)).toEqual(ruleIds(asText.findings));
    expect(findings!.filter((finding) => !isOnPage(finding.location, 10))).toEqual([]);
  });
});

describe("the STSong-Light PDF (predefined cMap UniGB-UCS2-H, font not embedded)", () => {
  const file = PDF_FIXTURES.find((fixture) => fixture.file.endsWith("-stsong.pdf"))!.file;

  it("needs pdf.js's cMaps: without them it draws text that extracts as nothing", async () => {
    const missing = extractPdf(generated(file), pdfjsLegacy, { ...nodeAssets, cMapUrl: join(tmpdir(), "no-cmaps/") });
    await expect(missing).rejects.toMatchObject({ code: "garbled-text" });
    const { blocks } = await extractPdf(generated(file), pdfjsLegacy, nodeAssets);
    expect(blocks[0]).toMatchObject({ type: "paragraph", text: "北关区政务服务和大数据管理局 2023 年政府信息公开工作年度报告" });
  });
});

describe("PDFs that cannot be read get their own Chinese message", () => {
  it.each(PDF_FIXTURES.filter((fixture) => fixture.error))("$file: $error", async ({ file, error: code }) => {
    const { error, report, findings } = await check(file, generated(file));
    expect(error?.code).toBe(code);
    expect(error?.message.startsWith(fileError(code!).message)).toBe(true);
    expect(report).toBeUndefined();
    expect(findings).toBeUndefined();
  });

  const hongze = realFile("hongze-2024.pdf");

  it("a truncated PDF is a damaged file", async () => {
    const { error } = await check("truncated.pdf", hongze.slice(0, 200_000));
    expect(error).toEqual(fileError("damaged-file"));
  });

  it(`a PDF over ${MAX_PAGES} pages is too complex, and the limit is named`, async () => {
    const { error } = await check("long.pdf", blankPdf(MAX_PAGES + 1));
    expect(error).toEqual(fileError("too-complex", `共 ${MAX_PAGES + 1} 页，超过 ${MAX_PAGES} 页的上限`));
  });

  it("a batch with one bad PDF checks the rest", async () => {
    const folder = await mkdtemp(join(tmpdir(), "nianbao-pdf-"));
    try {
      await writeFile(join(folder, "1-good.pdf"), hongze);
      await writeFile(join(folder, "2-bad.pdf"), hongze.slice(0, 100_000));
      await writeFile(join(folder, "3-good.pdf"), hongze);
      let stdout = "";
      const code = await runCli(["--json", folder], { out: (text) => (stdout += text), err: () => {}, progress: false });
      const { files } = JSON.parse(stdout) as { files: CheckResult[] };
      expect(code).toBe(1);
      expect(files.map((file) => file.error?.code ?? null)).toEqual([null, "damaged-file", null]);
      for (const good of [files[0], files[2]]) expect(good.report?.tables).toEqual(truth("hongze-2024").tables);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("leaves the caller's bytes intact", async () => {
    const bytes = hongze.slice();
    await extractPdf(bytes, pdfjsLegacy, nodeAssets);
    expect(bytes).toEqual(hongze);
  });
});
