/**
 * Inputs made by code, for the benchmark and the robustness tests: seed reports with other numbers,
 * long reports with the tables in the middle, blank PDFs, DOCX with an edited main document.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { buildDocx, zipPackage } from "../fixtures/docx-writer";
import { layoutReport } from "../fixtures/pdf-layout";
import { PdfBuilder, textPdf } from "../fixtures/pdf-writer";
import type { ReportItem, SeedReport } from "../fixtures/seed-report";
import type { SpecCell } from "../fixtures/tables";

/** A PDF of `pages` empty pages. */
export function blankPdf(pages: number): Uint8Array {
  const builder = new PdfBuilder();
  const tree = builder.reserve();
  const kids = Array.from({ length: pages }, () => builder.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] >>`));
  builder.set(tree, `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`);
  return builder.build(builder.add(`<< /Type /Catalog /Pages ${tree} 0 R >>`));
}

/** The DOCX with its word/document.xml passed through `edit`, every other part kept. */
export function rewriteDocx(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(docx);
  return zipPackage({ ...parts, "word/document.xml": edit(strFromU8(parts["word/document.xml"])) });
}

/**
 * Cells that move together by the variant number: 表二 throughout (no sums there), and in 表三 the
 * 自然人 and 总计 columns of 新收, 予以公开 and 总计, so the table's own sums still hold; the text's figures
 * then disagree with the table, as in a report whose text was not updated.
 */
const SHIFTED = /^t2\.|^t3\.(new|disclosed|total)\.(natural_person|total)$/;

function shiftedCell(cell: SpecCell, by: number): SpecCell {
  if (cell.role !== "value" || !SHIFTED.test(cell.ref ?? "") || !/^\s*\d+\s*$/.test(cell.text)) return cell;
  return { ...cell, text: cell.text.replace(/\d+/, (digits) => String(Number(digits) + by)) };
}

/** The report with its table figures changed by `by` (see SHIFTED). */
export function withShiftedFigures(report: SeedReport, by: number): SeedReport {
  const items = report.items.map((item): ReportItem =>
    item.kind === "table" ? { kind: "table", spec: { ...item.spec, rows: item.spec.rows.map((row) => row.map((cell) => shiftedCell(cell, by))) } } : item,
  );
  return { ...report, items };
}

/** Body paragraphs of the report's first part, repeated as often as asked. */
function filler(report: SeedReport, count: number): ReportItem[] {
  const headings = report.items.flatMap((item, index) => (item.kind === "paragraph" && item.role === "heading" ? [index] : []));
  const body = report.items.slice(headings[0], headings[1]).filter((item) => item.kind === "paragraph" && item.role === "body");
  return Array.from({ length: count }, (_, index) => body[index % body.length]);
}

function lastIndexOf(items: ReportItem[], test: (item: ReportItem) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return index;
  return -1;
}

/** The report with `count` body paragraphs added: half before the part holding the first table, half after the last table. */
function withFiller(report: SeedReport, count: number): SeedReport {
  const { items } = report;
  const firstTable = items.findIndex((item) => item.kind === "table");
  const lastTable = lastIndexOf(items, (item) => item.kind === "table");
  const partOfFirstTable = lastIndexOf(items.slice(0, firstTable), (item) => item.kind === "paragraph" && item.role === "heading");
  const before = filler(report, Math.floor(count / 2));
  const after = filler(report, count - before.length);
  return {
    ...report,
    items: [...items.slice(0, partOfFirstTable), ...before, ...items.slice(partOfFirstTable, lastTable + 1), ...after, ...items.slice(lastTable + 1)],
  };
}

/** A PDF of the report laid out by the repo's writer, in the non-embedded font STSong-Light. */
export function writerPdf(report: SeedReport): { bytes: Uint8Array; pages: number } {
  const pages = layoutReport(report.items);
  return { bytes: textPdf(pages, "stsong"), pages: pages.length };
}

/** The report made `pages` pages long (laid out by the repo's writer) with body text, its tables in the middle. */
export function longReportPdf(report: SeedReport, pages: number): { bytes: Uint8Array; pages: number } {
  const pagesPerParagraph = (layoutReport(withFiller(report, 100).items).length - layoutReport(report.items).length) / 100;
  let count = Math.round((pages - layoutReport(report.items).length) / pagesPerParagraph);
  while (layoutReport(withFiller(report, count).items).length < pages) count++;
  while (layoutReport(withFiller(report, count).items).length > pages) count--;
  return writerPdf(withFiller(report, count));
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The reports as DOCX exported to PDF by LibreOffice, by name (needs `soffice`). */
export function libreOfficePdfs(reports: Map<string, SeedReport>): Map<string, Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), "nianbao-soffice-"));
  try {
    const docs = [...reports].map(([name, report]) => {
      const file = join(folder, `${name}.docx`);
      writeFileSync(file, buildDocx(report));
      return file;
    });
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder, ...docs], { stdio: "ignore" });
    return new Map([...reports.keys()].map((name) => [name, new Uint8Array(readFileSync(join(folder, `${name}.pdf`)))]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
