/**
 * Fixtures from other producers than LibreOffice (test/fixtures/producers/): each seed report printed to
 * PDF by Chromium from a plain web page, once with ruled tables and once with border="0" tables; the
 * hand-made STSong-Light PDF with only horizontal rules and with no rules at all; and the report as one
 * line of text, cells run together. Needs /usr/bin/chromium and fonts-noto-cjk.
 * Run: npx tsx scripts/make-producer-fixtures.ts
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Fixture } from "./fixtures/manifest";
import { layoutReport, type Ruling } from "./fixtures/pdf-layout";
import { textPdf } from "./fixtures/pdf-writer";
import { loadSeedReport, ROOT, SEEDS, truthPath, type ReportItem, type SeedReport } from "./fixtures/seed-report";
import type { SpecCell, TableSpec } from "./fixtures/tables";
import { seedText } from "../test/helpers/seeds";

export const PRODUCERS_DIR = "test/fixtures/producers";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** "[bookmark: X]" is how text conversions print a Word bookmark; a web page holds an anchor instead. */
const inline = (text: string) => escapeHtml(asRadicals(text.replace(/\[bookmark: [^\]]+\]/g, "")));

/**
 * Ideographs written as the lookalikes pdf.js returns for Chrome/Edge prints made with fonts that map a
 * Kangxi radical and its ideograph to one glyph (the font then names the radical in ToUnicode): Kangxi
 * radicals, radical-supplement characters and a compatibility ideograph ("⼀、总体情况", "⼈⺠政府").
 */
const LOOKALIKES: Record<string, string> = { 一: "⼀", 二: "⼆", 人: "⼈", 大: "⼤", 行: "⾏", 民: "⺠", 长: "⻓", 门: "⻔", 见: "⻅", 北: "\uf963" };
const asRadicals = (text: string) => text.replace(/[一二人大行民长门见北]/g, (character) => LOOKALIKES[character]);

function cellHtml(cell: SpecCell): string {
  const span = (cell.colSpan ? ` colspan="${cell.colSpan}"` : "") + (cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : "");
  return `<td class="${cell.role}"${span}>${cell.text.split("\n").map(inline).join("<br>")}</td>`;
}

function tableHtml(spec: TableSpec, ruled: boolean): string {
  const rows = spec.rows.map((cells) => `<tr>${cells.map(cellHtml).join("")}</tr>`).join("\n");
  return `<table${ruled ? ` class="ruled" border="1"` : ` border="0"`} cellspacing="0">\n${rows}\n</table>`;
}

function itemHtml(item: ReportItem, ruled: boolean): string {
  if (item.kind === "table") return tableHtml(item.spec, ruled);
  if (item.role === "title") return `<h1>${inline(item.text)}</h1>`;
  return item.role === "heading" ? `<p class="heading">${inline(item.text)}</p>` : `<p>${inline(item.text)}</p>`;
}

/** A plain article page, as a reviewer opens a published report before saving it as PDF. */
export function printPage(report: SeedReport, ruled: boolean): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.truth.title)}</title>
<style>
body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; line-height: 1.6; margin: 0; }
h1 { font-size: 16pt; text-align: center; font-weight: normal; margin: 0 0 12pt; }
p { text-indent: 2em; margin: 0; }
p.heading { text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.35; margin: 6pt 0 12pt; }
td { padding: 3pt 4pt; vertical-align: middle; text-align: center; }
td.label { text-align: left; vertical-align: top; }
table.ruled td { border: 0.75pt solid #000; }
</style></head>
<body>
${report.items.map((item) => itemHtml(item, ruled)).join("\n")}
</body></html>
`;
}

/** The seed as one line: paragraphs and table cells run together, as some tools copy a web page. */
export function oneLineText(seed: (typeof SEEDS)[number]): string {
  return seedText(seed).replace(/^\uFEFF/, "").split(/\r?\n/).map((line) => line.replace(/\t/g, "").trim()).join("") + "\n";
}

async function chromiumPdfs(out: string, fixtures: Fixture[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    for (const seed of SEEDS) {
      const report = loadSeedReport(seed);
      for (const ruled of [true, false]) {
        await page.setContent(printPage(report, ruled), { waitUntil: "load" });
        const bytes = await page.pdf({ format: "A4", margin: { top: "2.54cm", bottom: "2.54cm", left: "2.8cm", right: "2.8cm" }, displayHeaderFooter: false });
        const file = `${seed}-chromium-${ruled ? "ruled" : "borderless"}.pdf`;
        writeFileSync(join(out, file), bytes);
        fixtures.push({
          file,
          format: "pdf",
          seed,
          truth: truthPath(seed),
          made: "scripts/make-producer-fixtures.ts: Chromium page.pdf()",
          quirks: ruled
            ? ["Chromium (Skia) PDF: subset Noto CJK fonts, ideographs that pdf.js reads as Kangxi radicals", "tables ruled by CSS borders drawn as filled rectangles"]
            : ["Chromium (Skia) PDF: subset Noto CJK fonts, ideographs that pdf.js reads as Kangxi radicals", "tables with border=\"0\": no ruling line at all", "labels top-aligned, numbers centred"],
        });
      }
    }
  } finally {
    await browser.close();
  }
}

function handMadePdfs(out: string, fixtures: Fixture[]): void {
  const kinds: [Ruling, string][] = [["horizontal", "only horizontal rules between rows"], ["none", "no ruling line at all"]];
  for (const seed of SEEDS) {
    const report = loadSeedReport(seed);
    for (const [ruling, quirk] of kinds) {
      const file = `${seed}-${ruling === "none" ? "unruled" : "hrules"}.pdf`;
      writeFileSync(join(out, file), textPdf(layoutReport(report.items, ruling), "stsong"));
      fixtures.push({
        file,
        format: "pdf",
        seed,
        truth: truthPath(seed),
        made: "scripts/make-producer-fixtures.ts: scripts/fixtures/pdf-writer.ts",
        quirks: ["STSong-Light, not embedded (UniGB-UCS2-H)", `tables with ${quirk}`, "labels top-aligned, numbers centred: wrapped labels, numbers off their label's baseline"],
      });
    }
  }
}

function oneLineTexts(out: string, fixtures: Fixture[]): void {
  for (const seed of SEEDS) {
    const file = `${seed}-one-line.txt`;
    writeFileSync(join(out, file), oneLineText(seed));
    fixtures.push({
      file,
      format: "other",
      seed,
      truth: truthPath(seed),
      made: "scripts/make-producer-fixtures.ts",
      quirks: ["the whole report on one line", "table cells run together: the tables cannot be read"],
    });
  }
}

async function main(): Promise<void> {
  const out = join(ROOT, PRODUCERS_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const fixtures: Fixture[] = [];
  await chromiumPdfs(out, fixtures);
  handMadePdfs(out, fixtures);
  oneLineTexts(out, fixtures);
  fixtures.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(join(out, "manifest.json"), JSON.stringify({ generator: "scripts/make-producer-fixtures.ts", fixtures }, null, 2) + "\n");
  console.log(`${fixtures.length} fixtures in ${PRODUCERS_DIR}`);
}

await main();
