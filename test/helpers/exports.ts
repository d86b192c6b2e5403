/** Test support for the exports: real check results of the seeds and of a file that cannot be read. */
import { readFileSync } from "node:fs";
import { zlibSync } from "fflate";
import { checkFile, checkText } from "../../src/core/check";
import { extractDoc } from "../../src/core/extract/doc";
import type { Finding } from "../../src/core/model/report";
import type { Decision, ExportFile } from "../../src/shared/review";
import { findingKey } from "../../src/shared/finding-key";
import { seedText, type SeedId } from "./seeds";

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
  const bytes = new Uint8Array(readFileSync(new URL("../fixtures/generated/legacy.doc", import.meta.url)));
  return { name, result: await checkFile({ name, bytes }, { now: () => CHECKED, extractors: { doc: extractDoc } }), decisions: {} };
}

/** Marks the first finding 已核实 and the second 不是问题, each with a note that needs quoting in a CSV. */
export function markFirstTwo(_finding: Finding, index: number): Decision | null {
  if (index === 0) return { status: "verified", note: "已与经办人核实，请按\"应为\"修改" };
  if (index === 1) return { status: "not-an-issue", note: "本机关按惯例填写,\n不作修改" };
  return null;
}

/** A real PNG of `width` × `height` grey pixels, as a chart canvas would give (crc32 and zlib as PNG asks). */
export function greyPng(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Uint8Array) => (bytes.reduce((c, byte) => crcTable[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, width);
  new DataView(header.buffer).setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = new Uint8Array((width + 1) * height).map((_, index) => (index % (width + 1) === 0 ? 0 : 0x99));
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array([...signature, ...chunk("IHDR", header), ...chunk("IDAT", zlibSync(rows)), ...chunk("IEND", new Uint8Array())]);
}
