/**
 * The generated fixtures (scripts/make-fixtures.ts) against their generator: what can be rebuilt without
 * LibreOffice, qpdf or poppler is rebuilt in memory and must read the same, so CI needs none of them.
 */
import { readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../src/core/extract/docx";
import { extractText } from "../src/core/extract/text";
import type { Block } from "../src/core/model/document";
import { parseDocument } from "../src/core/parse/index";
import { docxWithoutDocument, ofdFile, ole2File, xlsxFile } from "../scripts/fixtures/bad-files";
import { buildDocx } from "../scripts/fixtures/docx-writer";
import { buildHtml } from "../scripts/fixtures/html-writer";
import { SEED_DOCX_VARIANTS, type Fixture } from "../scripts/fixtures/manifest";
import { loadSeedReport } from "../scripts/fixtures/seed-report";
import { generated } from "./helpers/formats";
import { SEED_IDS, seedText, truth, type SeedId } from "./helpers/seeds";

const directory = new URL("./fixtures/generated/", import.meta.url);
const manifest = JSON.parse(new TextDecoder().decode(generated("manifest.json"))) as { fixtures: Fixture[] };
const byWriter = (writer: string) => manifest.fixtures.filter((fixture) => fixture.made === `scripts/fixtures/${writer}`);
const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.type === "paragraph" ? [block.text] : []));

describe("generated fixtures", () => {
  it("the manifest lists every file, each with a truth or an error", () => {
    const files = readdirSync(directory).filter((file) => file !== "manifest.json");
    expect(manifest.fixtures.map((fixture) => fixture.file).sort()).toEqual(files.sort());
    for (const fixture of manifest.fixtures) {
      expect([fixture.truth, fixture.error, fixture.mutation].filter(Boolean), fixture.file).toHaveLength(1);
      if (fixture.seed) expect(fixture.truth).toBe(`test/truth/${fixture.seed}.json`);
    }
  });

  it("stay small", () => {
    const bytes = readdirSync(directory).reduce((sum, file) => sum + statSync(new URL(file, directory)).size, 0);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("every seed comes as DOCX, PDF, HTML and .doc", () => {
    for (const format of ["docx", "pdf", "html", "doc"]) {
      const seeds = manifest.fixtures.filter((fixture) => fixture.format === format && fixture.seed).map((fixture) => fixture.seed);
      expect(new Set(seeds), format).toEqual(new Set(SEED_IDS));
    }
  });
});

describe("DOCX rebuilt in memory reads as the committed file and as the truth", () => {
  it.each(byWriter("docx-writer.ts").map((fixture) => [fixture.file, fixture.seed as SeedId]))("%s", (file, seed) => {
    const suffix = file.slice(seed.length, -".docx".length);
    const variant = (SEED_DOCX_VARIANTS[seed] ?? { "": {} })[suffix];
    const rebuilt = extractDocx(buildDocx(loadSeedReport(seed), variant));
    expect(rebuilt.blocks).toEqual(extractDocx(generated(file)).blocks);
    expect(parseDocument(rebuilt).report.tables).toEqual(truth(seed).tables);
    const seedParagraphs = paragraphs(extractText(new TextEncoder().encode(seedText(seed))).blocks);
    expect(paragraphs(rebuilt.blocks)).toEqual(seedParagraphs.map((text) => text.replace(/\[bookmark: [^\]]+\]/g, "")));
  });
});

describe("files rebuilt in memory are byte for byte the committed ones", () => {
  it.each(byWriter("html-writer.ts").map((fixture) => [fixture.file, fixture.seed as SeedId]))("%s", (file, seed) => {
    expect(buildHtml(loadSeedReport(seed))).toEqual(new Uint8Array(generated(file)));
  });

  // expanding.docx (210 MB once expanded) is left out: docx.test.ts checks the error it gives.
  it.each([
    ["legacy.wps", ole2File("WpsContent")],
    ["report.ofd", ofdFile()],
    ["spreadsheet-renamed.docx", xlsxFile()],
    ["no-document.docx", docxWithoutDocument()],
  ])("%s", (file, bytes) => {
    expect(bytes).toEqual(new Uint8Array(generated(file)));
  });
});
