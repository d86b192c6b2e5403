/** pdf.js's worker code ships without types; the check worker only hands its message handler to pdf.js. */
declare module "pdfjs-dist/build/pdf.worker.min.mjs" {
  export const WorkerMessageHandler: unknown;
}
