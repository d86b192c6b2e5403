/**
 * The command line built into plain JavaScript (build/cli/), so that `npm run check` compiles no
 * TypeScript when it starts (scripts/cli.mjs builds it on first use and after a change of the sources).
 * Packages stay outside the bundle and load from node_modules as they are: pdf.js natively, once per thread.
 */
import { defineConfig } from "vite";

export default defineConfig({
  logLevel: "warn",
  publicDir: false,
  build: {
    ssr: true,
    outDir: "build/cli",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    rollupOptions: {
      input: { check: "src/cli/check.ts", "check-worker": "src/cli/check-worker.ts" },
      output: {
        format: "es",
        entryFileNames: "[name].mjs",
        chunkFileNames: "[name]-[hash].mjs",
        // Its own chunk, imported first, so that it runs before pdf.js loads (see node-polyfills.mjs).
        manualChunks: (id) => (id.endsWith("node-polyfills.mjs") ? "node-polyfills" : undefined),
      },
    },
  },
});
