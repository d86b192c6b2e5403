/**
 * Remakes only the Word 97–2003 fixtures (scripts/fixtures/doc-fixtures.ts) into test/fixtures/generated,
 * replacing their entries in the manifest, for when the other fixtures need not change.
 * Needs soffice and python3-uno. Run: npx tsx scripts/make-doc-fixtures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { docFixtures } from "./fixtures/doc-fixtures";
import { MANIFEST_PATH, OUT_DIR, type Fixture } from "./fixtures/manifest";
import { ROOT } from "./fixtures/seed-report";

const out = join(ROOT, OUT_DIR);
const manifestFile = join(ROOT, MANIFEST_PATH);
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { generator: string; fixtures: Fixture[] };
const made: Fixture[] = [];
docFixtures(out, (file, bytes, fixture) => {
  writeFileSync(join(out, file), bytes);
  made.push({ file, ...fixture });
});
const remade = new Set(made.map((fixture) => fixture.file));
manifest.fixtures = [...manifest.fixtures.filter((fixture) => !remade.has(fixture.file)), ...made].sort((a, b) => a.file.localeCompare(b.file));
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + "\n");
console.log(`${made.length} Word 97–2003 fixtures in ${OUT_DIR}`);
