// `npm run check`: runs the command line built into plain JavaScript (build/cli/, vite.cli.config.ts), so
// that no TypeScript is compiled at start. It builds on first use and again when a source is newer.
import { renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isStale } from "./stale.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "build", "cli");
const entry = join(built, "check.mjs");
const SOURCES = ["src", "vite.cli.config.ts", "package-lock.json"];

/** Builds into a folder of its own, then swaps it in, so that two first runs at once do not clash. */
async function buildCli() {
  process.stderr.write("正在构建命令行（仅在首次运行或源代码更新后）……\n");
  const { build } = await import("vite");
  const fresh = `${built}-${process.pid}`;
  await build({ root, configFile: join(root, "vite.cli.config.ts"), build: { outDir: fresh } });
  rmSync(built, { recursive: true, force: true });
  renameSync(fresh, built);
}

if (isStale(root, entry, SOURCES)) await buildCli();
await import(pathToFileURL(entry).href);
