/**
 * The production bundle's JavaScript: what the page loads before any file arrives (the entry script of
 * dist/index.html, its module preloads and, transitively, their static imports) and what loads lazily
 * (every other script: dynamic imports, workers, pdf.js). Sizes gzipped at level 9.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { kb, table } from "./measure";

export const INITIAL_JS_TARGET = 150 * 1024;

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Scripts the HTML loads at once: module entries and module preloads, as paths inside dist/. */
function htmlScripts(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return sources.map((match) => join(dist, match[1]));
}

/** Relative modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`); `import("…")` is lazy. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => join(dirname(file), match[1]));
}

function initialScripts(dist: string): Set<string> {
  const initial = new Set<string>();
  const pending = htmlScripts(dist);
  while (pending.length) {
    const file = pending.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    pending.push(...staticImports(file));
  }
  return initial;
}

function allScripts(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function bundleFigures(dist: string): { text: string; initialBytes: number } {
  const initial = initialScripts(dist);
  const lazy = allScripts(dist).filter((file) => !initial.has(file));
  const sizes = (files: Iterable<string>) => [...files].map((file) => ({ file: relative(dist, file), size: gzipped(file) })).sort((a, b) => b.size - a.size);
  const initialSizes = sizes(initial);
  const initialBytes = initialSizes.reduce((sum, { size }) => sum + size, 0);
  const rows = [
    ...initialSizes.map(({ file, size }) => ["首屏", file, kb(size)]),
    ["首屏合计", `目标 ≤ ${kb(INITIAL_JS_TARGET)}`, kb(initialBytes)],
    ...sizes(lazy).map(({ file, size }) => ["按需", file, kb(size)]),
  ];
  return { text: table("生产构建的 JavaScript（gzip -9）", ["加载", "文件", "大小"], rows), initialBytes };
}
