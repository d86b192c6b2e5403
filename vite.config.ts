import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-folder.
  base: "./",
  plugins: [svelte()],
  worker: { format: "es" },
  build: { target: "es2022" },
});
