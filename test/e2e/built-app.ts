/** The built app in dist/, refused when missing or older than the sources it was built from. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const SOURCES = ["src", "public", "index.html", "vite.config.ts", "package.json"];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** The dist/ folder, after making sure it was built after the last change to the app's sources. */
export function builtApp(): string {
  const dist = resolve("dist");
  const index = resolve(dist, "index.html");
  if (!existsSync(index)) throw new Error("dist/ is missing: run `npm run build` first (npm test and npm run test:e2e do).");
  const builtAt = statSync(index).mtimeMs;
  const stale = SOURCES.filter((source) => existsSync(source) && newestChange(resolve(source)) > builtAt);
  if (stale.length > 0) throw new Error(`dist/ is older than ${stale.join(", ")}: run \`npm run build\` again (npm run test:e2e does).`);
  return dist;
}
