// Whether a built output is older than the sources it is built from (scripts/cli.mjs, the bench's dist/).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** True when `output` is missing or a source (a file or folder under `root`) changed after it was written. */
export function isStale(root, output, sources) {
  if (!existsSync(output)) return true;
  const builtAt = statSync(output).mtimeMs;
  return sources.some((source) => existsSync(join(root, source)) && newestChange(join(root, source)) > builtAt);
}
