/** Test support for the exports: real check results of the seeds and of a file that cannot be read. */
import { readFileSync } from "node:fs";
import { checkFile, checkText } from "../core/check";
import { extractDoc } from "../core/extract/doc";
import type { Finding } from "../core/model/report";
import type { Decision, ExportFile } from "../ui/export-types";
import { findingKey } from "../ui/finding-key";
import { seedText, type SeedId } from "../../test/helpers/seeds";

/** The clock of every check and export in these tests: 2025-01-15 10:30 in Beijing. */
export const CHECKED = new Date("2025-01-15T02:30:00Z");
export const EXPORTED = new Date("2025-01-16T01:05:00Z");

export async function seedFile(id: SeedId, decide: (finding: Finding, index: number) => Decision | null = () => null): Promise<ExportFile> {
  const name = `${id}.txt`;
  const result = await checkText(name, seedText(id), { now: () => CHECKED });
  const decisions: Record<string, Decision> = {};
  (result.findings ?? []).forEach((finding, index) => {
    const decision = decide(finding, index);
    if (decision) decisions[findingKey(finding)] = decision;
  });
  return { name, result, decisions };
}

/** A Word 95 .doc, which the checker cannot read. */
export async function legacyDocFile(): Promise<ExportFile> {
  const name = "旧格式.doc";
  const bytes = new Uint8Array(readFileSync(new URL("../../test/fixtures/generated/legacy.doc", import.meta.url)));
  return { name, result: await checkFile({ name, bytes }, { now: () => CHECKED, extractors: { doc: extractDoc } }), decisions: {} };
}

/** Marks the first finding 已核实 and the second 不是问题, each with a note that needs quoting in a CSV. */
export function markFirstTwo(_finding: Finding, index: number): Decision | null {
  if (index === 0) return { status: "verified", note: "已与经办人核实，请按\"应为\"修改" };
  if (index === 1) return { status: "not-an-issue", note: "本机关按惯例填写,\n不作修改" };
  return null;
}
