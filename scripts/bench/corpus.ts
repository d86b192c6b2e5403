/**
 * The benchmark's corpus, made by code into a temp folder: each seed as DOCX and PDF in ten versions
 * with other table figures (100 reports), and two long reports (100 and 300 pages, the tables in the
 * middle). Also the committed files the per-report figures use.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDocx } from "../fixtures/docx-writer";
import { loadSeedReport, SEEDS, type SeedReport } from "../fixtures/seed-report";
import { hasLibreOffice, libreOfficePdfs, longReportPdf, withShiftedFigures, writerPdf } from "./generate";

const VERSIONS = 10;
const LONG_REPORT_SEED = "004_7be0dca35fed79ae";

export interface Corpus {
  /** 100 reports: per seed and version one DOCX and one PDF. */
  batch: string[];
  /** How the batch's PDFs were made. */
  pdfMaker: string;
  long: { path: string; pages: number }[];
}

/** PDFs exported by LibreOffice when it is installed (as the committed ones were), else laid out by the repo's writer. */
function makePdfs(reports: Map<string, SeedReport>): { pdfs: Map<string, Uint8Array>; maker: string } {
  if (hasLibreOffice()) return { pdfs: libreOfficePdfs(reports), maker: "LibreOffice（由 DOCX 导出，嵌入字体）" };
  const pdfs = new Map([...reports].map(([name, report]) => [name, writerPdf(report).bytes]));
  return { pdfs, maker: "scripts/fixtures/pdf-writer.ts（未装 LibreOffice；非嵌入字体 STSong-Light）" };
}

export function buildCorpus(folder: string): Corpus {
  const batchFolder = join(folder, "batch");
  mkdirSync(batchFolder, { recursive: true });
  const versions = new Map<string, SeedReport>();
  for (const seed of SEEDS) {
    const report = loadSeedReport(seed);
    for (let version = 1; version <= VERSIONS; version++) versions.set(`${seed}-v${version}`, withShiftedFigures(report, version));
  }
  const batch: string[] = [];
  for (const [name, report] of versions) {
    const path = join(batchFolder, `${name}.docx`);
    writeFileSync(path, buildDocx(report));
    batch.push(path);
  }
  const { pdfs, maker } = makePdfs(versions);
  for (const [name, bytes] of pdfs) {
    const path = join(batchFolder, `${name}.pdf`);
    writeFileSync(path, bytes);
    batch.push(path);
  }

  return { batch: batch.sort(), pdfMaker: maker, long: buildLongReports(folder) };
}

/** The two long reports (100 and 300 pages), written into `folder`. */
export function buildLongReports(folder: string): Corpus["long"] {
  const seed = loadSeedReport(LONG_REPORT_SEED);
  return [100, 300].map((wanted) => {
    const { bytes, pages } = longReportPdf(seed, wanted);
    const path = join(folder, `long-${pages}-pages.pdf`);
    writeFileSync(path, bytes);
    return { path, pages };
  });
}
