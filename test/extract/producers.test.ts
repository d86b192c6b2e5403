/**
 * Reports from other producers (scripts/make-producer-fixtures.ts): Chromium prints with ruled and
 * borderless tables, hand-made PDFs with only horizontal rules, none, only a frame, or a frame and row
 * rules, the report on one line. Every cell of the three tables must read as the truth, and the findings
 * as those of the seed as text, but for a short per-format list (PER_FORMAT below).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile, checkText } from "../../src/core/check";
import type { Location } from "../../src/core/model/location";
import type { CheckResult, Finding } from "../../src/core/model/report";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { extractPdf } from "../../src/core/extract/pdf";
import { parseDocument } from "../../src/core/parse/index";
import type { Fixture } from "../../scripts/fixtures/manifest";
import { oneLineText } from "../../scripts/fixtures/producers";
import { seedText, truth, type SeedId } from "../helpers/seeds";

const DIRECTORY = new URL("../fixtures/producers/", import.meta.url);
const FIXTURES = (JSON.parse(readFileSync(new URL("manifest.json", DIRECTORY), "utf8")) as { fixtures: Fixture[] }).fixtures;
const PDFS = FIXTURES.filter((fixture) => fixture.format === "pdf");
const ONE_LINE = FIXTURES.filter((fixture) => fixture.file.endsWith("-one-line.txt"));

function check(file: string): Promise<CheckResult> {
  return checkFile({ name: file, bytes: new Uint8Array(readFileSync(new URL(file, DIRECTORY))) }, { extractors: nodeExtractors });
}

const isTableLocation = (location: Location) => location.template !== undefined;

/**
 * Findings a format cannot give (rules.md, "按格式不适用的规则"), left out of both sides of a comparison:
 * - PDF: spaces as typed (a PDF's text layer has no white-space glyphs, only gaps) and the
 *   “[bookmark: …]” markers only text conversions leave.
 * - one line: everything that needs a table's values or cells (the cells run together and cannot be
 *   read: one structure/table-unreadable info per table says so instead); rules that judge paragraphs
 *   as units (a numbering's sequence over paragraphs, a heading line's last mark), which one line no
 *   longer has; and how often a typography rule fires, as findings of one paragraph are reported
 *   together (compared as a set of rules).
 */
const PER_FORMAT: Record<"pdf" | "one-line", (finding: Finding) => boolean> = {
  pdf: (finding) =>
    !["typo/space-in-cjk", "typo/space-cjk-digit"].includes(finding.rule) &&
    !(finding.rule === "typo/artefact" && finding.message.includes("[bookmark:")) &&
    !(finding.rule === "typo/fullwidth-digit" && finding.message.includes("全角空格")),
  "one-line": (finding) =>
    PER_FORMAT.pdf(finding) &&
    !isTableLocation(finding.location) &&
    !/^(table[234]\/|structure\/table-|text\/t[34]-|text\/t2-|section6\/fee)/.test(finding.rule) &&
    !["typo/numbering-sequence", "typo/heading-punct"].includes(finding.rule),
};

const ruleIds = (findings: Finding[] = [], format: keyof typeof PER_FORMAT) => {
  const ids = findings.filter(PER_FORMAT[format]).map((finding) => finding.rule).sort();
  return format === "one-line" ? [...new Set(ids)] : ids;
};

describe("the producer fixtures", () => {
  it("are all in the manifest, each from a seed with its truth, and small", () => {
    const files = readdirSync(DIRECTORY).filter((file) => file !== "manifest.json");
    expect(FIXTURES.map((fixture) => fixture.file).sort()).toEqual(files.sort());
    for (const fixture of FIXTURES) expect(fixture.truth, fixture.file).toBe(`test/truth/${fixture.seed}.json`);
    for (const file of files) expect(statSync(new URL(file, DIRECTORY)).size, file).toBeLessThan(150 * 1024);
  });

  it("the one-line texts are rebuilt from the seeds as committed", () => {
    for (const { file, seed } of ONE_LINE) expect(oneLineText(seed as SeedId), file).toBe(readFileSync(new URL(file, DIRECTORY), "utf8"));
  });
});

describe.each(PDFS)("$file", ({ file, seed }) => {
  const expected = truth(seed!);
  let result: Promise<CheckResult> | undefined;
  const checked = () => (result ??= check(file));

  it("reads title, sections and every cell of the three tables as the truth file holds them", async () => {
    const { error, report } = await checked();
    expect(error).toBeNull();
    expect({ title: report?.title, agency: report?.agency, year: report?.year }).toEqual({
      title: expected.title,
      agency: expected.agency,
      year: expected.year,
    });
    expect(report?.sections.map((section) => section.heading)).toEqual(expected.sections.map((section) => section.heading));
    expect(report?.tables).toEqual(expected.tables);
  });

  it("finds what the seed as text finds, except what a PDF cannot show, each cell finding on its number", async () => {
    const { findings } = await checked();
    const asText = await checkText(`${seed}.txt`, seedText(seed as SeedId));
    expect(ruleIds(findings, "pdf")).toEqual(ruleIds(asText.findings, "pdf"));
    for (const finding of findings!) {
      expect(finding.location.page, finding.rule).toBeGreaterThan(0);
      expect(finding.location.box, finding.rule).toHaveLength(4);
    }
  });
});

describe("cells of tables without ruling lines keep their page and a box around their number", () => {
  it.each(["004_7be0dca35fed79ae-unruled.pdf", "004_7be0dca35fed79ae-chromium-borderless.pdf"])("%s", async (file) => {
    const bytes = new Uint8Array(readFileSync(new URL(file, DIRECTORY)));
    const parsed = parseDocument(await extractPdf(bytes, pdfjsLegacy, nodeAssets));
    const cells = [
      parsed.tables.t3!.rows.find((row) => row.key === "new")!.cells.natural_person,
      parsed.tables.t4!.rows.find((row) => row.key === "litigation_direct")!.cells.pending,
    ];
    const document = await pdfjsLegacy.getDocument({ data: bytes, ...nodeAssets, cMapPacked: true, disableFontFace: true, isEvalSupported: false }).promise;
    try {
      for (const cell of cells) {
        const { page, box } = cell.location;
        const content = await (await document.getPage(page!)).getTextContent();
        const items = content.items.filter((item): item is TextItem => "str" in item && item.str === cell.raw);
        // Boxes carry two decimals.
        const [x0, y0, x1, y1] = box!.map((value, i) => value + (i < 2 ? -0.01 : 0.01));
        const around = items.filter(({ transform: [, , , , x, y], width }) => x0 <= x && x + width <= x1 && y0 <= y && y <= y1);
        expect(around, `${cell.raw} on page ${page}`).toHaveLength(1);
        expect(box![2] - box![0]).toBeLessThan(20);
      }
    } finally {
      await document.destroy();
    }
  });
});

describe("a Chromium print of a clean seed", () => {
  it("gets no error and no structure warning", async () => {
    const clean = PDFS.filter((fixture) => fixture.file.includes("-chromium-"));
    for (const { file, seed } of clean) {
      const asText = await checkText(`${seed}.txt`, seedText(seed as SeedId));
      const textIsClean = !asText.findings!.some((finding) => finding.severity === "error" || finding.rule.startsWith("structure/"));
      if (!textIsClean) continue;
      const { findings } = await check(file);
      const alarms = findings!.filter((finding) => finding.severity === "error" || (finding.severity === "warning" && finding.rule.startsWith("structure/")));
      expect(alarms, file).toEqual([]);
    }
  });
});

describe.each(ONE_LINE)("$file", ({ file, seed }) => {
  const expected = truth(seed!);

  it("finds title and every section inside the line, and says once per table that it cannot be read", async () => {
    const { error, report, findings } = await check(file);
    expect(error).toBeNull();
    expect(report?.title).toBe(expected.title);
    expect(report?.sections.map((section) => section.heading)).toEqual(expected.sections.map((section) => section.heading));
    const unreadable = findings!.filter((finding) => finding.rule === "structure/table-unreadable");
    expect(unreadable.map((finding) => finding.message.slice(0, 2)).sort()).toEqual(["表三", "表二", "表四"].sort());
    for (const finding of unreadable) expect(finding.severity).toBe("info");
  });

  it("finds what the seed as text finds, but for the tables it cannot read", async () => {
    const all = (await check(file)).findings!;
    // Findings on the run-together cells themselves (a half-width bracket in a label) are table findings too.
    const tables = all.filter((finding) => finding.rule === "structure/table-unreadable").map((finding) => finding.location);
    const inTable = (location: Location) =>
      tables.some((table) => location.line === table.line && Number(location.column) >= Number(table.column) && Number(location.column) < table.endColumn!);
    const findings = all.filter((finding) => !inTable(finding.location));
    const asText = await checkText(`${seed}.txt`, seedText(seed as SeedId));
    expect(ruleIds(findings, "one-line")).toEqual(ruleIds(asText.findings, "one-line"));
  });
});
