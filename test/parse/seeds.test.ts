import { describe, expect, it } from "vitest";
import { extractText } from "../../src/core/extract/text";
import { parseDocument } from "../../src/core/parse/index";
import { SEED_IDS, seedText, truth } from "../helpers/seeds";

describe.each(SEED_IDS)("seed %s parses into exactly what its truth file holds", (id) => {
  const parsed = parseDocument(extractText(new TextEncoder().encode(seedText(id))));
  const expected = truth(id);

  it("title, agency, year and format version", () => {
    expect(parsed.report.title).toBe(expected.title);
    expect(parsed.report.agency).toBe(expected.agency);
    expect(parsed.report.year).toBe(expected.year);
    expect(parsed.report.formatVersion).toBe(expected.formatVersion);
  });

  it("the six sections, with their headings and lines", () => {
    const sections = parsed.report.sections.map((s) => ({ number: s.number, heading: s.heading, line: s.location.line }));
    expect(sections).toEqual(expected.sections);
    expect(parsed.duplicates).toEqual([]);
  });

  it("every cell of the three tables", () => {
    expect(parsed.report.tables).toEqual(expected.tables);
  });

  it("no table row left unmatched, no column missing", () => {
    for (const table of [parsed.tables.t2, parsed.tables.t3, parsed.tables.t4]) {
      expect(table?.unmatched).toEqual([]);
      expect(table?.missingColumns).toEqual([]);
    }
    expect(parsed.tables.t4?.cellCount).toBe(15);
  });
});
