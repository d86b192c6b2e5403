/**
 * Findings (and blocks, report, errors) of every fixture, sample and the bench's long reports, one JSON
 * line per file, for a byte-for-byte diff before and after a change that must not change results:
 * `npx tsx scripts/dump-results.ts OUT.jsonl`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { nodeExtractors } from "../src/cli/extractors";
import { checkFile } from "../src/core/check";
import { buildLongReports } from "./bench/corpus";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const NOW = () => new Date("2026-01-01T00:00:00Z");

function files(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

const folder = mkdtempSync(join(tmpdir(), "dump-results-"));
try {
  const paths = [...files(join(ROOT, "test/fixtures")), ...files(join(ROOT, "public/samples")), ...buildLongReports(folder).map(({ path }) => path)];
  const lines: string[] = [];
  for (const path of paths) {
    const result = await checkFile({ name: relative(ROOT, path), bytes: new Uint8Array(readFileSync(path)) }, { extractors: nodeExtractors, now: NOW });
    lines.push(JSON.stringify({ ...result, file: path.startsWith(folder) ? relative(folder, path) : result.file }));
  }
  writeFileSync(process.argv[2], lines.join("\n") + "\n");
  console.log(`${lines.length} files`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
