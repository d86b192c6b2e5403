// Entry of a command-line worker thread run from the sources (tests). Node 20 runs no TypeScript by itself,
// and a worker thread's own entry is loaded before `--import tsx` in its execArgv takes effect: register tsx
// here, then load the worker. pdf.js is loaded first, natively: through tsx's transform it would take some
// 120 MB more per thread. (The built command line, build/cli/, has its own entry compiled from check-worker.ts.)
import "./pdfjs-node.mjs";
import { register } from "tsx/esm/api";

register();
await import("./check-worker.ts");
