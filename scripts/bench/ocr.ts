/**
 * OCR of scans (test/fixtures/scanned, made by scripts/make-scans.ts; one is a mojibake PDF whose pages
 * are drawn): seconds a page (wall and CPU), and how many of the three tables' 200 cells come out as the
 * truth has them. Then a 6-page scan (the 5 pages of
 * 000-150dpi.pdf and the first of 002-150dpi-seal.pdf, wrapped into one PDF here), timed as a whole,
 * the recogniser's loading included.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeOcrEngine } from "../../src/cli/ocr";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { scannedPage } from "../../src/core/extract/ocr/pdf-ocr";
import { extractPdf } from "../../src/core/extract/pdf";
import { parseDocument } from "../../src/core/parse/index";
import { scanPdf, type PageImage } from "../fixtures/scan-writer";
import { table } from "./measure";

interface Scan {
  file: string;
  seed: string;
  dpi: number;
}

/** Cells of `expected` (nested objects of numbers) that `actual` has alike, and how many there are. */
function cellsAlike(expected: unknown, actual: unknown): [number, number] {
  if (expected === null || typeof expected !== "object") return [expected === actual ? 1 : 0, 1];
  return Object.entries(expected).reduce<[number, number]>(
    ([right, total], [key, value]) => {
      const [r, t] = cellsAlike(value, (actual as Record<string, unknown> | undefined)?.[key]);
      return [right + r, total + t];
    },
    [0, 0],
  );
}

async function pageImages(bytes: Uint8Array, pages: number[]): Promise<PageImage[]> {
  const document = await pdfjsLegacy.getDocument({ data: bytes, isOffscreenCanvasSupported: false, verbosity: 0 }).promise;
  try {
    const images: PageImage[] = [];
    for (const number of pages) {
      const { image } = (await scannedPage(await document.getPage(number), pdfjsLegacy.OPS))!;
      images.push({ raster: { ...image, components: 1 } });
    }
    return images;
  } finally {
    await document.destroy();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** CPU time of the whole process since `start` (the recognisers' worker threads included), in ms. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export async function ocrFigures(root: string): Promise<string> {
  const folder = join(root, "test/fixtures/scanned");
  const scans = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as Scan[];
  const engine = await nodeOcrEngine();
  try {
    const rows: string[][] = [];
    for (const scan of scans) {
      const bytes = new Uint8Array(readFileSync(join(folder, scan.file)));
      const [start, cpuStart] = [performance.now(), process.cpuUsage()];
      const document = await extractPdf(bytes, pdfjsLegacy, nodeAssets, undefined, engine);
      const elapsed = performance.now() - start;
      const cpu = cpuMs(cpuStart);
      const truth = JSON.parse(readFileSync(join(root, "test/truth", `${scan.seed}.json`), "utf8")) as { tables: unknown };
      const [right, total] = cellsAlike(truth.tables, parseDocument(document).report.tables);
      const pages = document.pageCount ?? 1;
      rows.push([scan.file, String(pages), seconds(elapsed), seconds(elapsed / pages), seconds(cpu / pages), `${right}/${total}`]);
    }
    const six = scanPdf([
      ...(await pageImages(new Uint8Array(readFileSync(join(folder, "000-150dpi.pdf"))), [1, 2, 3, 4, 5])),
      ...(await pageImages(new Uint8Array(readFileSync(join(folder, "002-150dpi-seal.pdf"))), [1])),
    ]);
    await engine.close();
    const [start, cpuStart] = [performance.now(), process.cpuUsage()];
    const fresh = await nodeOcrEngine();
    const loaded = performance.now() - start;
    await extractPdf(six, pdfjsLegacy, nodeAssets, undefined, fresh);
    const whole = performance.now() - start;
    const cpu = cpuMs(cpuStart);
    await fresh.close();
    return [
      table("扫描件文字识别（命令行，tesseract.js chi_sim，四个识别线程，两页同时读）", ["文件", "页数", "秒", "秒/页", "CPU 秒/页", "三张表单元格正确"], rows),
      `6 页扫描件：共 ${seconds(whole)} 秒（其中载入识别组件 ${seconds(loaded)} 秒），每页 ${seconds((whole - loaded) / 6)} 秒；CPU 共 ${seconds(cpu)} 秒（目标：6 页 30 秒内）。`,
    ].join("\n");
  } finally {
    await engine.close();
  }
}
