/**
 * Builds the generated test fixtures (test/fixtures/generated/) from the seeds and their hand-checked
 * truth: DOCX written with real tables, PDF exported from them by LibreOffice, saved web pages, the
 * special PDFs LibreOffice cannot make, Word 97–2003 files saved by LibreOffice (the seeds, report mutations,
 * merged cells and fields, a password) or derived from them (GBK pieces, Word 95, truncated), and the
 * unreadable files. Needs soffice, qpdf, pdftoppm and LibreOffice's Python bridge (Debian:
 * libreoffice-writer-nogui fonts-noto-cjk qpdf poppler-utils python3-uno). Run: npx tsx scripts/make-fixtures.ts
 *
 * test/fixtures.test.ts regenerates what can be regenerated without those tools and compares.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { T3_ROWS } from "../src/core/model/template";
import { compact } from "../src/core/text/normalize";
import { docxWithoutDocument, expandingDocx, ofdFile, ole2File, xlsxFile } from "./fixtures/bad-files";
import { docFixtures } from "./fixtures/doc-fixtures";
import { buildDocx } from "./fixtures/docx-writer";
import { buildHtml } from "./fixtures/html-writer";
import { MANIFEST_PATH, OUT_DIR, SEED_DOCX_VARIANTS, type Fixture } from "./fixtures/manifest";
import { layoutReport } from "./fixtures/pdf-layout";
import { imagePdf, textPdf } from "./fixtures/pdf-writer";
import type { SeedId } from "../test/helpers/seeds";
import { loadSeedReport, ROOT, SEEDS, truthPath } from "./fixtures/seed-report";

const out = join(ROOT, OUT_DIR);
const fixtures: Fixture[] = [];

function write(file: string, bytes: Uint8Array, fixture: Omit<Fixture, "file">): void {
  writeFileSync(join(out, file), bytes);
  fixtures.push({ file, ...fixture });
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** 1-based pages on which 表三's first and last rows are printed. */
function t3Pages(pdf: string): [number, number] {
  const pages = run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).split("\f").map(compact);
  const first = compact(T3_ROWS[0].core);
  const last = compact(T3_ROWS[T3_ROWS.length - 1].core);
  return [pages.findIndex((page) => page.includes(first)) + 1, pages.findIndex((page) => page.includes(last)) + 1];
}

function seedFixtures(seed: SeedId): void {
  const report = loadSeedReport(seed);
  const truth = truthPath(seed);
  for (const [suffix, variant] of Object.entries(SEED_DOCX_VARIANTS[seed] ?? { "": {} })) {
    const quirks = variant.controls
      ? ["w:gridBefore rows in 表三 instead of a merged 三、本年度办理结果", "value cells and data rows in content controls (w:sdt, nested)", "title in a content control", "tracked change in 表三: w:del of a wrong number, w:ins of the right one"]
      : ["merged header and label cells (gridSpan, vMerge)", "label cells top-aligned, value cells centred in taller rows", "narrow label column: long 表三 labels wrap", ...(variant.verticalLabel ? ["三、本年度办理结果 in vertical text"] : [])];
    write(`${seed}${suffix}.docx`, buildDocx(report, variant), { format: "docx", seed, truth, made: "scripts/fixtures/docx-writer.ts", quirks });
  }
  write(`${seed}.html`, buildHtml(report), {
    format: "html",
    seed,
    truth,
    made: "scripts/fixtures/html-writer.ts",
    quirks: ["saved government page: header, navigation, breadcrumb, print links and footer around the report", "tables with colspan/rowspan"],
  });
}

function exportPdfs(): void {
  const docs = SEEDS.map((seed) => join(out, `${seed}.docx`));
  run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, ...docs]);
  for (const seed of SEEDS) {
    const [first, last] = t3Pages(join(out, `${seed}.pdf`));
    if (first === last) throw new Error(`${seed}.pdf: 表三 does not break across pages`);
    fixtures.push({
      file: `${seed}.pdf`,
      format: "pdf",
      seed,
      truth: truthPath(seed),
      made: `LibreOffice export of ${seed}.docx`,
      quirks: [`表三 runs from page ${first} to page ${last}`, "wrapped 表三 labels with the numbers between their lines", "numbers off their label's baseline", "embedded subset fonts with ToUnicode"],
    });
  }
}

/** The seed's DOCX opened and saved again by LibreOffice: another producer's markup, zip entries with data descriptors. */
function libreOfficeDocx(seed: string): void {
  const scratch = mkdtempSync(join(tmpdir(), "docx-"));
  try {
    run("soffice", ["--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", scratch, join(out, `${seed}.docx`)]);
    write(`${seed}-libreoffice.docx`, readFileSync(join(scratch, `${seed}.docx`)), {
      format: "docx",
      seed,
      truth: truthPath(seed),
      made: `${seed}.docx saved again by LibreOffice`,
      quirks: ["LibreOffice's WordprocessingML", "zip entries with data descriptors (sizes only in the central directory)"],
    });
  } finally {
    rmSync(scratch, { recursive: true });
  }
}

function scannedPages(pdf: string, pages: number): Uint8Array {
  const scratch = mkdtempSync(join(tmpdir(), "scan-"));
  try {
    run("pdftoppm", ["-gray", "-jpeg", "-jpegopt", "quality=50", "-r", "100", "-l", String(pages), pdf, join(scratch, "page")]);
    return imagePdf(Array.from({ length: pages }, (_, i) => readFileSync(join(scratch, `page-${i + 1}.jpg`))));
  } finally {
    rmSync(scratch, { recursive: true });
  }
}

function specialPdfs(): void {
  const [scanSeed, cmapSeed, encryptedSeed, ownerSeed] = [SEEDS[0], SEEDS[3], SEEDS[1], SEEDS[4]];
  const pages = layoutReport(loadSeedReport(cmapSeed).items);
  const stsong = textPdf(pages, "stsong");
  write(`${cmapSeed}-stsong.pdf`, stsong, {
    format: "pdf",
    seed: cmapSeed,
    truth: truthPath(cmapSeed),
    made: "scripts/fixtures/pdf-writer.ts",
    quirks: ["text in the non-embedded font STSong-Light with the predefined cMap UniGB-UCS2-H (needs pdf.js cMaps)", "表三 runs across pages", "labels top-aligned, numbers centred"],
  });
  write(`${cmapSeed}-no-unicode.pdf`, textPdf(pages, "no-unicode"), {
    format: "pdf",
    error: "garbled-text",
    made: "scripts/fixtures/pdf-writer.ts",
    quirks: ["Identity-H font without ToUnicode, glyph numbers in order of use: the text extracts as mojibake"],
  });
  write("damaged.pdf", stsong.subarray(0, Math.floor(stsong.length * 0.6)), {
    format: "pdf",
    error: "damaged-file",
    made: `first 60% of ${cmapSeed}-stsong.pdf`,
    quirks: ["truncated: no catalog, no cross-reference table, no trailer"],
  });
  write(`${scanSeed}-scanned.pdf`, scannedPages(join(out, `${scanSeed}.pdf`), 2), {
    format: "pdf",
    error: "scanned-pdf",
    made: `first two pages of ${scanSeed}.pdf as JPEG images`,
    quirks: ["image-only pages, no text layer"],
  });
  const userPassword = join(out, `${encryptedSeed}-user-password.pdf`);
  run("qpdf", ["--encrypt", "nianbao", "owner-secret", "256", "--", join(out, `${encryptedSeed}.pdf`), userPassword]);
  fixtures.push({ file: `${encryptedSeed}-user-password.pdf`, format: "pdf", error: "encrypted-pdf", made: "qpdf AES-256, user password \"nianbao\"", quirks: ["needs a user password to open"] });
  const ownerOnly = join(out, `${ownerSeed}-owner-password.pdf`);
  run("qpdf", ["--encrypt", "", "owner-secret", "256", "--extract=n", "--modify=none", "--", join(out, `${ownerSeed}.pdf`), ownerOnly]);
  fixtures.push({
    file: `${ownerSeed}-owner-password.pdf`,
    format: "pdf",
    seed: ownerSeed,
    truth: truthPath(ownerSeed),
    made: "qpdf AES-256 with only an owner password (copying and editing forbidden)",
    quirks: ["encrypted, but opens without a password and must be checked"],
  });
}

function badFiles(): void {
  const made = "scripts/fixtures/bad-files.ts";
  write("legacy.wps", ole2File("WpsContent"), { format: "other", error: "legacy-word", made, quirks: ["OLE2 compound file without a WordDocument stream"] });
  write("report.ofd", ofdFile(), { format: "other", error: "ofd", made, quirks: ["zip with OFD.xml"] });
  write("spreadsheet-renamed.docx", xlsxFile(), { format: "other", error: "unsupported-format", made, quirks: ["an .xlsx package named .docx"] });
  write("no-document.docx", docxWithoutDocument(), { format: "docx", error: "damaged-file", made, quirks: ["Word package without word/document.xml"] });
  const whole = readFileSync(join(out, `${SEEDS[0]}.docx`));
  write("truncated.docx", whole.subarray(0, Math.floor(whole.length / 2)), { format: "docx", error: "damaged-file", made: `first half of ${SEEDS[0]}.docx`, quirks: ["zip without its central directory"] });
  write("expanding.docx", expandingDocx(210), { format: "docx", error: "too-complex", made, quirks: ["word/document.xml expands to 210 MB"] });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
SEEDS.forEach(seedFixtures);
exportPdfs();
libreOfficeDocx(SEEDS[1]);
specialPdfs();
docFixtures(out, write);
badFiles();
fixtures.sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(join(ROOT, MANIFEST_PATH), JSON.stringify({ generator: "scripts/make-fixtures.ts", fixtures }, null, 2) + "\n");
console.log(`${fixtures.length} fixtures in ${OUT_DIR}`);
