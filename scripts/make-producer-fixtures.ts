/**
 * Fixtures from other producers than LibreOffice (test/fixtures/producers/): each seed report printed to
 * PDF by Chromium from a plain web page, once with ruled tables and once with border="0" tables (one seed
 * also with only a frame around each table); the
 * hand-made STSong-Light PDF with only horizontal rules, with no rules at all, with only a frame around
 * each table, and with a frame and row rules but no column lines; and the report as one line of text,
 * cells run together. Needs /usr/bin/chromium, fonts-wqy-microhei (a TrueType CJK font, so that Chromium embeds small subsets) and fonts-noto-cjk.
 * Run: npx tsx scripts/make-producer-fixtures.ts
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Fixture } from "./fixtures/manifest";
import { layoutReport, type Ruling } from "./fixtures/pdf-layout";
import { textPdf } from "./fixtures/pdf-writer";
import { oneLineText, printPage, type PrintRuling } from "./fixtures/producers";
import { loadSeedReport, ROOT, SEEDS, truthPath } from "./fixtures/seed-report";

const PRODUCERS_DIR = "test/fixtures/producers";

const CHROMIUM_QUIRKS: Record<PrintRuling, string[]> = {
  ruled: ["tables ruled by CSS borders drawn as filled rectangles"],
  borderless: ["tables with border=\"0\": no ruling line at all", "labels top-aligned, numbers centred"],
  framed: ["tables with only a CSS border around the table: a frame, no inner line", "labels top-aligned, numbers centred"],
};

/** Seeds printed with framed tables: one is enough to show Chromium's frame, and keeps the binaries few. */
const FRAMED_SEEDS = new Set(["003_f34c183db723c9dd"]);

async function chromiumPdfs(out: string, fixtures: Fixture[]): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    for (const seed of SEEDS) {
      const report = loadSeedReport(seed);
      const rulings: PrintRuling[] = FRAMED_SEEDS.has(seed) ? ["ruled", "borderless", "framed"] : ["ruled", "borderless"];
      for (const ruling of rulings) {
        await page.setContent(printPage(report, ruling), { waitUntil: "load" });
        const bytes = await page.pdf({ format: "A4", margin: { top: "2.54cm", bottom: "2.54cm", left: "2.8cm", right: "2.8cm" }, displayHeaderFooter: false });
        const file = `${seed}-chromium-${ruling}.pdf`;
        writeFileSync(join(out, file), bytes);
        fixtures.push({
          file,
          format: "pdf",
          seed,
          truth: truthPath(seed),
          made: "scripts/make-producer-fixtures.ts: Chromium page.pdf()",
          quirks: [
            "Chromium (Skia) PDF: subset TrueType CJK font; Kangxi radicals, supplement radicals and a compatibility ideograph for common ideographs (in a Type 3 fallback font)",
            ...CHROMIUM_QUIRKS[ruling],
          ],
        });
      }
    }
  } finally {
    await browser.close();
  }
}

function handMadePdfs(out: string, fixtures: Fixture[]): void {
  const kinds: [Ruling, string, string][] = [
    ["horizontal", "hrules", "only horizontal rules between rows"],
    ["none", "unruled", "no ruling line at all"],
    ["frame", "framed", "only a frame around the table, no inner line"],
    ["frame-horizontal", "framed-hrules", "a frame and rules between rows, no line between columns"],
  ];
  for (const seed of SEEDS) {
    const report = loadSeedReport(seed);
    for (const [ruling, name, quirk] of kinds) {
      const file = `${seed}-${name}.pdf`;
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
