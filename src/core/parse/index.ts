/** Blocks → the report model: title, agency, year, sections and the three tables. */
import type { ExtractedDocument } from "../model/document";
import type { Report } from "../model/report";
import { SECTIONS } from "../model/template";
import type { ParsedReport } from "./parsed";
import { splitLongLines } from "./long-lines";
import { findPageLines } from "./page-lines";
import { findSections } from "./sections";
import { findUnreadableTables } from "./unreadable";
import { classifyTables, parseTable2, parseTable3, parseTable4 } from "./tables";
import { agencyKindOf, findTitle, titleParts } from "./title";
import { findVersionMarks, formatVersionOf } from "./version";

export function parseDocument(extracted: ExtractedDocument): ParsedReport {
  const blocks = splitLongLines(extracted.blocks);
  const document = blocks.length === extracted.blocks.length ? extracted : { ...extracted, blocks };
  const pageLines = findPageLines(blocks);
  const title = findTitle(blocks, new Set(pageLines));
  const { sections, duplicates } = findSections(blocks, new Set([...(title?.blocks ?? []), ...pageLines]), extracted.ocr === true);
  const tableBlocks = classifyTables(blocks);
  const t2 = tableBlocks.t2.length ? parseTable2(blocks, tableBlocks.t2) : undefined;
  const t3 = tableBlocks.t3.length ? parseTable3(blocks, tableBlocks.t3) : undefined;
  const t4 = tableBlocks.t4.length ? parseTable4(blocks, tableBlocks.t4) : undefined;
  const unreadableTables = findUnreadableTables(blocks, tableBlocks);
  const versionMarks = findVersionMarks(blocks);
  const { agency, year } = titleParts(title?.text ?? "");

  const report: Report = {
    title: title?.text ?? "",
    agency,
    agencyKind: agencyKindOf(agency),
    year,
    formatVersion: formatVersionOf(versionMarks, blocks, Boolean(t2 || t3 || t4)),
    sections: sections.map((section) => ({
      number: section.number,
      title: SECTIONS[section.number - 1].title,
      heading: section.heading,
      location: section.location,
    })),
    tables: {
      ...(t2 && { t2: t2.model }),
      ...(t3 && { t3: t3.model }),
      ...(t4 && { t4: t4.model }),
    },
  };
  return {
    report,
    document,
    title,
    pageLines,
    sections,
    duplicates,
    tables: { t2: t2?.parsed, t3: t3?.parsed, t4: t4?.parsed },
    versionMarks,
    ...(unreadableTables.length && { unreadableTables }),
  };
}
