import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig, type Plugin } from "vite";

/**
 * pdf.js's data folders (cmaps/, standard_fonts/, wasm/) from node_modules/pdfjs-dist, served from our own
 * origin under pdfjs/: by the dev server as they are, and copied into the build (dist/pdfjs/cmaps/…).
 */
const PDFJS_ASSET_FOLDERS = ["cmaps", "standard_fonts", "wasm"] as const;

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

const CONTENT_TYPES: Record<string, string> = { ".wasm": "application/wasm", ".js": "text/javascript" };

function contentType(file: string): string {
  return CONTENT_TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
}

/** The file a request path names inside one of the folders, or null: "/pdfjs/cmaps/GBK-EUC-H.bcmap". */
function assetFile(path: string): string | null {
  const match = /^\/pdfjs\/([a-z_]+)\/([\w.-]+)$/.exec(path);
  if (!match) return null;
  const [, folder, name] = match;
  const files = (PDFJS_ASSET_FOLDERS as readonly string[]).includes(folder) ? readdirSync(join(PDFJS_ROOT, folder)) : [];
  return files.includes(name) ? join(PDFJS_ROOT, folder, name) : null;
}

function pdfjsAssets(): Plugin {
  return {
    name: "pdfjs-assets",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const base = server.config.base.replace(/\/$/, "");
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const file = path.startsWith(base) ? assetFile(path.slice(base.length)) : null;
        if (!file) return next();
        response.setHeader("content-type", contentType(file));
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const folder of PDFJS_ASSET_FOLDERS) {
        for (const name of readdirSync(join(PDFJS_ROOT, folder))) {
          this.emitFile({ type: "asset", fileName: `pdfjs/${folder}/${name}`, source: readFileSync(join(PDFJS_ROOT, folder, name)) });
        }
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-folder.
  base: "./",
  plugins: [svelte(), pdfjsAssets()],
  worker: { format: "es" },
  build: { target: "es2022" },
});
