import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
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

/**
 * tesseract.js for OCR of scans, served from our own origin under tesseract/ and copied into the build:
 * its worker script, the LSTM-only wasm cores (the worker picks the relaxed-SIMD, SIMD or plain one the
 * browser can run) and the Simplified Chinese data. Loaded only when the user asks for OCR, so kept out
 * of the service worker's precache; it caches them when first used (src/sw/service-worker.ts).
 */
const OCR_FOLDER = "tesseract/";

const requireHere = createRequire(import.meta.url);
const packageRoot = (name: string) => dirname(requireHere.resolve(`${name}/package.json`));

function ocrFiles(): Record<string, string> {
  const core = packageRoot("tesseract.js-core");
  return {
    "worker.min.js": join(packageRoot("tesseract.js"), "dist", "worker.min.js"),
    ...Object.fromEntries(
      ["lstm", "simd-lstm", "relaxedsimd-lstm"].map((variant) => [`tesseract-core-${variant}.wasm.js`, join(core, `tesseract-core-${variant}.wasm.js`)]),
    ),
    "chi_sim.traineddata.gz": join(packageRoot("@tesseract.js-data/chi_sim"), "4.0.0_best_int", "chi_sim.traineddata.gz"),
  };
}

function ocrAssets(): Plugin {
  const files = ocrFiles();
  return {
    name: "ocr-assets",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const base = server.config.base.replace(/\/$/, "");
        const path = new URL(request.url ?? "/", "http://localhost").pathname;
        const name = path.startsWith(`${base}/${OCR_FOLDER}`) ? path.slice(base.length + 1 + OCR_FOLDER.length) : "";
        if (!Object.hasOwn(files, name)) return next();
        response.setHeader("content-type", contentType(files[name]));
        response.end(readFileSync(files[name]));
      });
    },
    generateBundle() {
      for (const [name, file] of Object.entries(files)) this.emitFile({ type: "asset", fileName: OCR_FOLDER + name, source: readFileSync(file) });
    },
  };
}

/** The service worker's entry and its stable name at the root of dist/ (src/sw/register.ts registers it there). */
const SERVICE_WORKER_ENTRY = "sw";
const SERVICE_WORKER_FILE = "sw.js";

/** Every file under `folder`, as paths relative to it with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/**
 * Fills the service worker's precache list (`__PRECACHE__` in src/sw/service-worker.ts) from the bundle
 * itself: every chunk and asset the build wrote (the page, lazily loaded chunks, the check worker, pdf.js,
 * pdfjs/**) and the files copied from public/, with a version hashed from all their contents; not the OCR
 * files under tesseract/, which are loaded only on demand.
 * `enforce: "post"` runs it after the plugins that add index.html, the CSS and pdfjs/** to the bundle.
 */
function servicePrecache(): Plugin {
  let publicDir = "";
  return {
    name: "service-worker-precache",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== "chunk") throw new Error(`service worker ${SERVICE_WORKER_FILE} missing from the bundle`);
      const contents = new Map<string, string | Uint8Array>();
      for (const file of publicDir ? filesUnder(publicDir) : []) contents.set(file, readFileSync(join(publicDir, file)));
      for (const [file, output] of Object.entries(bundle)) {
        if (file !== SERVICE_WORKER_FILE && !file.startsWith(OCR_FOLDER)) contents.set(file, output.type === "chunk" ? output.code : output.source);
      }
      const files = [...contents.keys()].sort();
      const hash = createHash("sha256");
      for (const file of files) hash.update(file).update("\0").update(contents.get(file)!).update("\0");
      const precache = JSON.stringify({ version: hash.digest("hex").slice(0, 16), files });
      const placeholders = worker.code.match(/\b__PRECACHE__\b/g)?.length ?? 0;
      if (placeholders !== 1) throw new Error(`${SERVICE_WORKER_FILE} should name __PRECACHE__ once, not ${placeholders} times`);
      worker.code = worker.code.replace(/\b__PRECACHE__\b/, () => precache);
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-folder.
  base: "./",
  plugins: [svelte(), pdfjsAssets(), ocrAssets(), servicePrecache()],
  worker: { format: "es" },
  build: {
    target: "es2022",
    rolldownOptions: {
      input: { index: resolve("index.html"), [SERVICE_WORKER_ENTRY]: resolve("src/sw/service-worker.ts") },
      output: {
        entryFileNames: (chunk) => (chunk.name === SERVICE_WORKER_ENTRY ? SERVICE_WORKER_FILE : "assets/[name]-[hash].js"),
      },
    },
  },
});
