import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** One import of a module: the path written in the source, and the repository file it names (null for a package). */
export interface ImportEdge {
  from: string;
  specifier: string;
  to: string | null;
  line: number;
}

const SOURCE_FILE = /\.(ts|mts|js|mjs|svelte)$/;
const RESOLVE_SUFFIXES = ["", ".ts", ".mts", ".js", ".mjs", ".svelte", ".svelte.ts", "/index.ts"];

/** Every source file under `folder` (relative to `root`, forward slashes), sorted. */
export function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name) && !entry.name.endsWith(".d.ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** A .svelte file's <script> blocks (module and instance), the markup blanked so line numbers hold. */
function svelteScripts(text: string): string {
  return text.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)|[^\n]/g, (_all, open?: string, code?: string, close?: string) =>
    open === undefined ? " " : open.replace(/./g, " ") + code + close!.replace(/./g, " "),
  );
}

/** The `import("…")` calls of a .svelte file's markup expressions: `load={() => import("./line-chart")}`. */
function markupImports(text: string): { specifier: string; line: number }[] {
  const markup = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => script.replace(/[^\n]/g, " "));
  return [...markup.matchAll(/\bimport\(\s*(["'])([^"'\n]*)\1\s*\)/g)].map((match) => ({
    specifier: match[2],
    line: markup.slice(0, match.index).split("\n").length,
  }));
}

/** The module specifiers a file names: static imports and re-exports (types too), `import()` (in Svelte markup too), `import("x").T` and `new URL("x", import.meta.url)` of a source file. */
function specifiers(file: string, text: string): { specifier: string; line: number }[] {
  const svelte = file.endsWith(".svelte");
  const source = ts.createSourceFile(file, svelte ? svelteScripts(text) : text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { specifier: string; line: number }[] = [];
  const add = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ specifier: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "URL" && node.arguments?.length === 2) {
      const [target, base] = node.arguments;
      if (base.getText(source) === "import.meta.url" && ts.isStringLiteralLike(target) && SOURCE_FILE.test(target.text)) add(target);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return svelte ? [...found, ...markupImports(text)] : found;
}

/** The repository file a relative specifier names (query such as `?worker` dropped), or null for a package. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(root, dirname(from), specifier.replace(/\?.*$/, ""));
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate).split("\\").join("/");
  }
  const javascript = base.replace(/\.js$/, ".ts");
  if (javascript !== base && existsSync(javascript)) return relative(root, javascript).split("\\").join("/");
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Every import of every source file under `folder`. */
export function importGraph(root: string, folder: string): ImportEdge[] {
  return sourceFiles(root, folder).flatMap((from) =>
    specifiers(from, readFileSync(join(root, from), "utf8")).map(({ specifier, line }) => ({ from, specifier, line, to: resolveSpecifier(root, from, specifier) })),
  );
}

/** The import cycles among the files: one path per strongly connected component of more than one file (or a file importing itself). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) if (to) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (next.get(file) ?? []).includes(file)) components.push(component);
    }
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) connect(file);
  return components.map((component) => cyclePath(component, next));
}

/** One closed path through a strongly connected component, from its first file (sorted) back to it. */
function cyclePath(component: string[], next: Map<string, string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0];
  // Breadth-first search for the shortest way back to the start.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const to of next.get(file) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at = file; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
