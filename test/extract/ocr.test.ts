/**
 * Scanned reports read by character recognition: image-only PDFs made by scripts/make-scans.ts from the
 * generated seed PDFs (test/fixtures/scanned/manifest.json), checked with the real tesseract.js and its
 * Chinese data from node_modules; and a mojibake PDF (fonts without /ToUnicode), its pages drawn by pdf.js
 * on @napi-rs/canvas and read the same way. Three files here (about a minute each on a busy 2-core
 * machine); all of them in `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { nodeOcrEngine } from "../../src/cli/ocr";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { checkDocument, checkFile } from "../../src/core/check";
import { OCR_CAVEAT } from "../../src/core/model/ocr";
import { lazyEngine } from "../../src/core/extract/ocr/engine";
import { extractPdf } from "../../src/core/extract/pdf";
import type { ExtractedDocument } from "../../src/core/model/document";
import type { Box } from "../../src/core/model/location";
import type { Finding } from "../../src/core/model/report";
import { parseDocument } from "../../src/core/parse/index";
import { truth } from "../helpers/seeds";

const SCANNED = new URL("../fixtures/scanned/", import.meta.url);
const GENERATED = new URL("../fixtures/generated/", import.meta.url);

interface Scan {
  file: string;
  seed: string;
  dpi: number;
}

const SCANS = JSON.parse(readFileSync(new URL("manifest.json", SCANNED), "utf8")) as Scan[];
/** The scans this suite reads: JPEG and 4-level grey pages, a red seal over 表三, and mojibake (pages drawn). */
const IN_CI = ["000-150dpi.pdf", "002-150dpi-seal.pdf", "000-no-tounicode.pdf"];

const engine = lazyEngine(nodeOcrEngine);
afterAll(() => engine.close());

function bytesOf(folder: URL, file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, folder)));
}

/** Read once per file, when a test first asks. */
const documents = new Map<string, Promise<ExtractedDocument>>();
function recognised(file: string): Promise<ExtractedDocument> {
  if (!documents.has(file)) documents.set(file, extractPdf(bytesOf(SCANNED, file), pdfjsLegacy, nodeAssets, undefined, engine));
  return documents.get(file)!;
}

const NOW = () => new Date("2026-01-01T00:00:00Z");
/** Findings as the two versions can share them: the typography rules do not run on recognised text. */
const comparable = (findings: Finding[] = []) =>
  findings.filter((finding) => !finding.rule.startsWith("typo/")).map(({ rule, severity, location, expected, actual }) => ({
    rule,
    severity,
    cell: [location.template?.table, location.template?.row, location.template?.column],
    expected,
    actual,
  }));

describe("a document read by OCR is checked with care", () => {
  it("skips the typography rules, says every finding is recognised text, and lists the uncertain cells", async () => {
    const seed = "000_5a9a8d2bc98e1d44";
    const text = await extractPdf(bytesOf(GENERATED, `${seed}.pdf`), pdfjsLegacy, nodeAssets);
    const plain = checkDocument({ name: "text.pdf", document: text }, { now: NOW });
    expect(plain.findings!.some((finding) => finding.rule.startsWith("typo/"))).toBe(true);

    const { location } = parseDocument(text).tables.t3!.rows.find((row) => row.key === "new")!.cells.natural_person;
    const blocks = structuredClone(text.blocks);
    const cells = blocks.flatMap((block) => (block.type === "table" ? block.rows.flat() : []));
    const cell = cells.find((candidate) => candidate.location.page === location.page && candidate.location.box?.join() === location.box?.join())!;
    cell.uncertain = true;
    const result = checkDocument({ name: "scan.pdf", document: { ...text, blocks, ocr: true } }, { now: NOW });
    expect(result.ocr).toBe(true);
    expect(result.uncertainCells).toEqual([{ table: "t3", row: "new", column: "natural_person" }]);
    expect(result.findings!.filter((finding) => finding.rule.startsWith("typo/"))).toEqual([]);
    expect(result.findings!.map((finding) => finding.message)).toEqual(
      plain.findings!.filter((finding) => !finding.rule.startsWith("typo/")).map((finding) => `${finding.message}（${OCR_CAVEAT}）`),
    );
  });
});

describe("a scan is refused without OCR", () => {
  it("says scanned-pdf and how many pages an OCR would read", async () => {
    const result = await checkFile({ name: "scan.pdf", bytes: bytesOf(SCANNED, IN_CI[0]) }, { extractors: nodeExtractors });
    expect(result.error?.code).toBe("scanned-pdf");
    expect(result.pageCount).toBe(5);
  });

  it("says garbled-text for fonts without a Unicode map, and how many pages an OCR would read", async () => {
    const result = await checkFile({ name: "garbled.pdf", bytes: bytesOf(SCANNED, "000-no-tounicode.pdf") }, { extractors: nodeExtractors });
    expect(result.error?.code).toBe("garbled-text");
    expect(result.pageCount).toBe(5);
  });
});

for (const file of IN_CI) {
  const scan = SCANS.find((entry) => entry.file === file)!;

  describe(`${file} (${scan.dpi} dpi), read by OCR`, () => {
    it("reads every cell of the three tables as the truth has it", { timeout: 400_000 }, async () => {
      const document = await recognised(file);
      expect(document.ocr).toBe(true);
      expect(parseDocument(document).report.tables).toEqual(truth(scan.seed).tables);
    });

    it("finds what the rules find on the text version (misread labels forgiven), and says every finding is recognised text", { timeout: 400_000 }, async () => {
      const result = checkDocument({ name: file, document: await recognised(file) }, { now: NOW });
      const text = await checkFile({ name: `${scan.seed}.pdf`, bytes: bytesOf(GENERATED, `${scan.seed}.pdf`) }, { extractors: nodeExtractors, now: NOW });
      expect(result.ocr).toBe(true);
      expect(comparable(result.findings)).toEqual(comparable(text.findings));
      expect(result.findings!.filter((finding) => !finding.message.endsWith(`（${OCR_CAVEAT}）`))).toEqual([]);
      expect(result.findings!.filter((finding) => finding.rule.startsWith("typo/"))).toEqual([]);
    });

    it("places each 表三 cell where the text version has it, in PDF coordinates", { timeout: 400_000 }, async () => {
      const scanned = parseDocument(await recognised(file)).tables.t3!;
      const text = parseDocument(await extractPdf(bytesOf(GENERATED, `${scan.seed}.pdf`), pdfjsLegacy, nodeAssets)).tables.t3!;
      const centre = ([x0, y0, x1, y1]: Box) => [(x0 + x1) / 2, (y0 + y1) / 2];
      let compared = 0;
      for (const row of text.rows) {
        const other = scanned.rows.find((candidate) => candidate.key === row.key)!;
        for (const [column, cell] of Object.entries(row.cells)) {
          const mine = other.cells[column as keyof typeof other.cells]!;
          expect(mine.location.page).toBe(cell.location.page);
          const [[ax, ay], [bx, by]] = [centre(mine.location.box!), centre(cell.location.box!)];
          expect(Math.hypot(ax - bx, ay - by)).toBeLessThan(3);
          compared++;
        }
      }
      expect(compared).toBe(text.rows.length * 7);
    });
  });
}
