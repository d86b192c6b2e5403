/**
 * The layers of src/ and the imports allowed between them, enforced: every import of every file under
 * src/ (static, `import type`, re-exports, `import()` also in Svelte markup, `import("x").T`, a worker's
 * `new URL("x", import.meta.url)`, and the <script> blocks of .svelte files) is resolved, and the test
 * fails on an import the table below does not allow, on a package imported outside its owners, and on
 * any import cycle. The tables are the rule; README.md ("Layers") draws them:
 *
 *   main.ts → ui → export, workers → storage → shared → core/model   (ui also imports storage)
 *             cli → export, shared, core        (every layer above shared may import all of core)
 *   core:  check.ts and the other root files → rules → parse, settings → text → model;  extract → text → model
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, sourceFiles, type ImportEdge } from "./helpers/imports";

const ROOT = resolve(import.meta.dirname, "..");

/** Each layer and the folders (or files) of src/ it is made of; a file belongs to the longest prefix it matches. */
const LAYERS: Record<string, string> = {
  main: "src/main.ts",
  sw: "src/sw/",
  ui: "src/ui/",
  export: "src/export/",
  storage: "src/storage/",
  workers: "src/workers/",
  cli: "src/cli/",
  shared: "src/shared/",
  core: "src/core/",
  "core/model": "src/core/model/",
  "core/text": "src/core/text/",
  "core/extract": "src/core/extract/",
  "core/parse": "src/core/parse/",
  "core/settings": "src/core/settings/",
  "core/rules": "src/core/rules/",
};

const CORE = ["core", "core/model", "core/text", "core/extract", "core/parse", "core/settings", "core/rules"];

/** What each layer may import besides itself. Anything not listed is forbidden. */
const MAY_IMPORT: Record<string, string[]> = {
  main: ["ui", "sw"],
  // The service worker caches the build; it shares nothing with the app.
  sw: [],
  ui: ["export", "storage", "workers", "shared", ...CORE],
  export: ["shared", ...CORE],
  storage: ["shared", ...CORE],
  // A check worker does the history's part of a batch's check (src/workers/history.ts): the page only routes.
  workers: ["storage", "shared", ...CORE],
  cli: ["export", "shared", ...CORE],
  // Plain TypeScript shared by the page, the exports, the history and the CLI: the model's types and constants only.
  shared: ["core/model"],
  // The core root files (check.ts runs the whole check; agency.ts, hash.ts, time.ts, report-files.ts) sit on all of core.
  core: ["core/model", "core/text", "core/extract", "core/parse", "core/settings", "core/rules"],
  "core/rules": ["core/model", "core/text", "core/parse", "core/settings"],
  "core/settings": ["core/model"],
  "core/parse": ["core/model", "core/text"],
  "core/extract": ["core/model", "core/text"],
  // Text normalisation below both the extractors and the parser.
  "core/text": ["core/model"],
  "core/model": [],
};

/**
 * Packages with owners: only these layers may import them (tests excepted). Any other package may be
 * imported anywhere, so long as it runs in the page, a worker and Node alike.
 */
const PACKAGE_OWNERS: { packages: RegExp; layers: string[]; why: string }[] = [
  { packages: /^(svelte|chart\.js)(\/|$)/, layers: ["main", "ui"], why: "components and charts belong to the page" },
  { packages: /^dexie(\/|$)/, layers: ["storage"], why: "the history database is the storage layer's" },
  { packages: /^node:/, layers: ["cli"], why: "only the command line runs in Node; the rest runs in the page and its workers" },
];

/** Tests inside src/ follow the layers, but may use test-only packages (vitest, node:fs…); their helpers live in test/helpers/. */
const TEST_FILE = /\.test\.ts$/;

function layerOf(file: string): string | null {
  let best: string | null = null;
  for (const [layer, prefix] of Object.entries(LAYERS)) {
    if ((file === prefix || (prefix.endsWith("/") && file.startsWith(prefix))) && (!best || prefix.length > LAYERS[best].length)) best = layer;
  }
  return best;
}

const where = (edge: ImportEdge) => `${edge.from}:${edge.line} imports "${edge.specifier}"`;

/** Every import the tables forbid, each as a sentence naming the file, line and rule broken. */
function forbiddenImports(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((edge) => {
    const from = layerOf(edge.from);
    if (!from) return [`${edge.from} is in no layer: add its folder to LAYERS`];
    if (edge.to === null) {
      const owner = PACKAGE_OWNERS.find(({ packages }) => packages.test(edge.specifier));
      return owner && !owner.layers.includes(from) && !TEST_FILE.test(edge.from) ? [`${where(edge)}: ${owner.why} (${owner.layers.join(", ")})`] : [];
    }
    const to = layerOf(edge.to);
    if (!to) return [`${where(edge)}: ${edge.to} is outside src/ (src never imports test/, scripts/ or other folders)`];
    return to === from || MAY_IMPORT[from].includes(to) ? [] : [`${where(edge)}: ${from} may not import ${to}`];
  });
}

function cycleText(cycle: string[]): string {
  return cycle.join(" -> ");
}

describe("the layers of src/", () => {
  const edges = importGraph(ROOT, "src");

  it("reads the imports of every source file, Svelte components included", () => {
    const files = sourceFiles(ROOT, "src");
    expect(files.filter((file) => file.endsWith(".svelte")).length).toBeGreaterThan(20);
    // Every file of the app but the entry and the service worker is imported by some other file.
    const imported = new Set(edges.map((edge) => edge.to));
    const orphans = files.filter((file) => !imported.has(file) && !TEST_FILE.test(file) && layerOf(file) !== "sw");
    expect(orphans.filter((file) => !file.startsWith("src/cli/"))).toEqual(["src/main.ts"]);
  });

  it("has every file in a layer the tables name", () => {
    expect(Object.keys(MAY_IMPORT).sort()).toEqual(Object.keys(LAYERS).sort());
    expect(sourceFiles(ROOT, "src").filter((file) => layerOf(file) === null)).toEqual([]);
  });

  it("has no import the layer table forbids", () => {
    expect(forbiddenImports(edges)).toEqual([]);
  });

  it("has no import cycle, not even through `import type`", () => {
    expect(importCycles(edges).map(cycleText)).toEqual([]);
  });
});

describe("the checker itself", () => {
  /** A throw-away tree of files: { "src/ui/a.ts": "..." }. */
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), "layers-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it("finds every kind of import, each with its line", () => {
    const root = tree({
      "src/ui/View.svelte": `<script lang="ts">\n  import type { A } from "../core/model/a";\n</script>\n<p>import x from "./not-code"</p>\n<script module>\n  export { B } from "./b";\n</script>\n<Chart load={() => import("./chart").then((m) => m.Chart)} />`,
      "src/ui/chart.ts": "export const Chart = 1;",
      "src/ui/b.ts": `export const B = 1;\nconst later = () => import("../export/e");\ntype T = import("../storage/s").S;\nnew Worker(new URL("../workers/w.ts", import.meta.url));\nnew URL("../../test/fixtures/data.bin", import.meta.url);\nimport "dexie";`,
      "src/core/model/a.ts": "export type A = number;",
      "src/export/e.ts": "",
      "src/storage/s.ts": "export type S = string;",
      "src/workers/w.ts": "",
    });
    const found = importGraph(root, "src").map(({ from, specifier, to, line }) => [from, line, specifier, to]);
    expect(found).toEqual([
      ["src/ui/View.svelte", 2, "../core/model/a", "src/core/model/a.ts"],
      ["src/ui/View.svelte", 6, "./b", "src/ui/b.ts"],
      ["src/ui/View.svelte", 8, "./chart", "src/ui/chart.ts"],
      ["src/ui/b.ts", 2, "../export/e", "src/export/e.ts"],
      ["src/ui/b.ts", 3, "../storage/s", "src/storage/s.ts"],
      ["src/ui/b.ts", 4, "../workers/w.ts", "src/workers/w.ts"],
      ["src/ui/b.ts", 6, "dexie", null],
    ]);
  });

  it("names a forbidden layer edge, an import of test/ and a package outside its owners", () => {
    const root = tree({
      "src/export/rows.ts": `import type { Decision } from "../ui/review";\nimport { seedText } from "../../test/helpers/seeds";`,
      "src/ui/review.ts": "export type Decision = string;",
      "src/core/extract/pdf.ts": `import { compact } from "../parse/normalize";\nimport { readFileSync } from "node:fs";`,
      "src/core/parse/normalize.ts": "export const compact = (text: string) => text;",
      "test/helpers/seeds.ts": "export const seedText = 1;",
    });
    expect(forbiddenImports(importGraph(root, "src"))).toEqual([
      'src/core/extract/pdf.ts:1 imports "../parse/normalize": core/extract may not import core/parse',
      'src/core/extract/pdf.ts:2 imports "node:fs": only the command line runs in Node; the rest runs in the page and its workers (cli)',
      'src/export/rows.ts:1 imports "../ui/review": export may not import ui',
      'src/export/rows.ts:2 imports "../../test/helpers/seeds": test/helpers/seeds.ts is outside src/ (src never imports test/, scripts/ or other folders)',
    ]);
  });

  it("names the path of a cycle, type-only imports included", () => {
    const root = tree({
      "src/storage/validate.ts": `import type { HistoryExport } from "./exchange";`,
      "src/storage/exchange.ts": `import { validate } from "./validate";\nimport { runs } from "./runs";`,
      "src/storage/runs.ts": "export const runs = 1;",
      "src/cli/a.ts": `import "./b";`,
      "src/cli/b.ts": `import "./c";`,
      "src/cli/c.ts": `export * from "./a";`,
    });
    expect(importCycles(importGraph(root, "src")).map(cycleText).sort()).toEqual([
      "src/cli/a.ts -> src/cli/b.ts -> src/cli/c.ts -> src/cli/a.ts",
      "src/storage/exchange.ts -> src/storage/validate.ts -> src/storage/exchange.ts",
    ]);
  });
});
