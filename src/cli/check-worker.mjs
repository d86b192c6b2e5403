// Entry of a command-line worker thread. Node 20 runs no TypeScript by itself, and a worker thread's own
// entry is loaded before `--import tsx` in its execArgv takes effect: register tsx here, then load the worker.
// pdf.js is loaded first, natively: through tsx's transform it would take some 120 MB more per thread.
import "./node-polyfills.mjs";
import "pdfjs-dist/legacy/build/pdf.mjs";
import { register } from "tsx/esm/api";

register();
await import("./check-worker.ts");
