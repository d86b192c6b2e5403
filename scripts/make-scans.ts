/**
 * Image-only PDFs for the OCR tests and the benchmark: the generated seed PDFs rendered by poppler
 * (pdftoppm, greyscale) and wrapped back into PDFs, one picture a page, no text. Kept small: 4-level grey
 * (2 bits a pixel, Flate), the first page of the plain 150 dpi scan as a JPEG, the sealed page in colour
 * (16 levels a component).
 * Also a mojibake PDF for OCR of drawn pages: a generated seed PDF whose fonts lose their /ToUnicode maps
 * (the references blanked, so every offset stays right), as PDFs whose fonts carry none read.
 * Needs poppler-utils; run `npx tsx scripts/make-scans.ts` after scripts/make-fixtures.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rotate, type GreyImage } from "../src/core/extract/ocr/image";
import { scanPdf, type PageImage, type Raster } from "./fixtures/scan-writer";

const SOURCE_DIR = "test/fixtures/generated";
const SCAN_DIR = "test/fixtures/scanned";

interface ScanSpec {
  file: string;
  seed: string;
  dpi: number;
  /** Turned by this many degrees (a page fed askew). */
  skew?: number;
  /** Page (1-based) that gets a red seal stamped over its table, and is kept in colour. */
  seal?: number;
  /** Keep page 1 as a greyscale JPEG, as most scanners write. */
  jpegFirstPage?: boolean;
  made: string;
}

const SCANS: ScanSpec[] = [
  { file: "000-150dpi.pdf", seed: "000_5a9a8d2bc98e1d44", dpi: 150, jpegFirstPage: true, made: "pdftoppm -gray -r 150" },
  { file: "003-200dpi.pdf", seed: "003_f34c183db723c9dd", dpi: 200, made: "pdftoppm -gray -r 200" },
  { file: "004-150dpi-rotated.pdf", seed: "004_7be0dca35fed79ae", dpi: 150, skew: 0.5, made: "pdftoppm -gray -r 150, turned 0.5°" },
  { file: "002-150dpi-seal.pdf", seed: "002_c4bd8f948bd08bc9", dpi: 150, seal: 4, made: "pdftoppm -r 150, red seal over 表三 on page 4" },
];

/** A binary PGM (P5) or PPM (P6) file. */
function readPnm(bytes: Uint8Array): Raster {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 40));
  const match = /^P([56])\s+(\d+)\s+(\d+)\s+255\s/.exec(head);
  if (!match) throw new Error("not a binary PGM/PPM");
  const [width, height, components] = [Number(match[2]), Number(match[3]), match[1] === "5" ? 1 : 3];
  return { width, height, components, data: bytes.subarray(match[0].length, match[0].length + width * height * components) };
}

/**
 * A seal as stamped: red rings and a star, drawn over the image, darkening what is under it as ink does
 * (the seal's red multiplies the page: black text stays black).
 */
function stamp(raster: Raster, cx: number, cy: number, radius: number): void {
  const red = [225, 40, 50];
  const thickness = radius * 0.07;
  const star = (x: number, y: number) => {
    const angle = Math.atan2(y, x);
    const r = Math.hypot(x, y);
    const edge = (radius * 0.3) / (1 + 0.9 * Math.abs(Math.cos((5 * angle) / 2)));
    return r < edge + radius * 0.05;
  };
  for (let y = Math.max(0, cy - radius); y < Math.min(raster.height, cy + radius); y++) {
    for (let x = Math.max(0, cx - radius); x < Math.min(raster.width, cx + radius); x++) {
      const r = Math.hypot(x - cx, y - cy);
      const ring = Math.abs(r - radius * 0.95) < thickness || Math.abs(r - radius * 0.8) < thickness * 0.4;
      // Rays of text around the rim, as a seal's characters look from afar.
      const letters = r > radius * 0.55 && r < radius * 0.75 && Math.sin(Math.atan2(y - cy, x - cx) * 40) > 0.2;
      if (!ring && !letters && !star(x - cx, y - cy)) continue;
      const at = (y * raster.width + x) * 3;
      for (let c = 0; c < 3; c++) raster.data[at + c] = Math.round((raster.data[at + c] * red[c]) / 255);
    }
  }
}

function render(pdf: string, dpi: number, page: number, scratch: string, options: string[]): Uint8Array {
  const out = join(scratch, `p${page}`);
  execFileSync("pdftoppm", [...options, "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, out]);
  const extension = options.includes("-jpeg") ? "jpg" : options.includes("-gray") ? "pgm" : "ppm";
  return readFileSync(`${out}.${extension}`);
}

function pageImage(spec: ScanSpec, pdf: string, page: number, scratch: string): PageImage {
  if (spec.jpegFirstPage && page === 1) {
    const grey = readPnm(render(pdf, spec.dpi, page, scratch, ["-gray"]));
    return { jpeg: render(pdf, spec.dpi, page, scratch, ["-gray", "-jpeg", "-jpegopt", "quality=40"]), width: grey.width, height: grey.height };
  }
  if (spec.seal === page) {
    const raster = readPnm(render(pdf, spec.dpi, page, scratch, []));
    const data = new Uint8Array(raster.data);
    const coloured = { ...raster, data };
    stamp(coloured, Math.round(raster.width * 0.62), Math.round(raster.height * 0.42), Math.round(raster.width * 0.16));
    return { raster: coloured };
  }
  const grey = readPnm(render(pdf, spec.dpi, page, scratch, ["-gray"]));
  if (!spec.skew) return { raster: grey };
  const turned: GreyImage = rotate({ width: grey.width, height: grey.height, data: new Uint8Array(grey.data) }, -spec.skew);
  return { raster: { ...turned, components: 1 } };
}

function pageCount(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** The seed PDF drawn at this resolution when read by OCR (pdf-ocr.ts RENDER_DPI). */
const GARBLED = { file: "000-no-tounicode.pdf", seed: "000_5a9a8d2bc98e1d44", dpi: 150 };

function garbledPdf(): { file: string; seed: string; truth: string; dpi: number; made: string } {
  const text = readFileSync(join(SOURCE_DIR, `${GARBLED.seed}.pdf`)).toString("latin1");
  const blanked = text.replace(/\/ToUnicode \d+ 0 R/g, (reference) => " ".repeat(reference.length));
  if (blanked === text) throw new Error("no /ToUnicode to remove");
  writeFileSync(join(SCAN_DIR, GARBLED.file), Buffer.from(blanked, "latin1"));
  return { ...GARBLED, truth: `test/truth/${GARBLED.seed}.json`, made: `${GARBLED.seed}.pdf, its fonts' /ToUnicode removed (text extracts as mojibake; pages drawn for OCR)` };
}

function main(): void {
  const manifest = [];
  for (const spec of SCANS) {
    const pdf = join(SOURCE_DIR, `${spec.seed}.pdf`);
    const scratch = mkdtempSync(join(tmpdir(), "scan-"));
    try {
      const images = Array.from({ length: pageCount(pdf) }, (_, i) => pageImage(spec, pdf, i + 1, scratch));
      const bytes = scanPdf(images);
      writeFileSync(join(SCAN_DIR, spec.file), bytes);
      manifest.push({ file: spec.file, seed: spec.seed, truth: `test/truth/${spec.seed}.json`, dpi: spec.dpi, made: `${spec.seed}.pdf, ${spec.made}` });
      console.log(`${spec.file}: ${images.length} pages, ${Math.round(bytes.length / 1024)} KB`);
    } finally {
      rmSync(scratch, { recursive: true });
    }
  }
  manifest.push(garbledPdf());
  writeFileSync(join(SCAN_DIR, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

main();
