/** The page's side of the check worker: one worker, requests matched to answers by id. */
import type { PdfAssets } from "../core/extract/pdf";
import type { CheckResult } from "../core/model/report";
import type { CheckRequest, CheckResponse } from "../workers/protocol";

type Pending = { resolve: (result: CheckResult) => void; reject: (error: Error) => void };

const pending = new Map<number, Pending>();
let nextId = 1;
let worker: Worker | null = null;

/** pdf.js's data on our own origin (served and copied into pdfjs/ by the plugin in vite.config.ts), wherever the app is served from. */
function pdfAssetUrl(folder: string): string {
  return new URL(`${import.meta.env.BASE_URL}pdfjs/${folder}/`, location.href).href;
}

const pdfAssets: PdfAssets = {
  cMapUrl: pdfAssetUrl("cmaps"),
  standardFontDataUrl: pdfAssetUrl("standard_fonts"),
  wasmUrl: pdfAssetUrl("wasm"),
};

/** Messages that answer no request (pdf.js greets the worker's owner when it loads) are ignored. */
function settle(response: CheckResponse): void {
  const waiting = pending.get(response.id);
  pending.delete(response.id);
  if (!waiting) return;
  if ("result" in response) waiting.resolve(response.result);
  else waiting.reject(new Error(response.failure));
}

function failAll(message: string): void {
  for (const waiting of pending.values()) waiting.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  const started = new Worker(new URL("../workers/check.worker.ts", import.meta.url), { type: "module" });
  started.addEventListener("message", (event: MessageEvent<CheckResponse>) => settle(event.data));
  started.addEventListener("error", (event) => failAll(event.message || "检查组件未能启动"));
  return started;
}

type Payload = { bytes: Uint8Array } | { text: string };

function send(name: string, payload: Payload): Promise<CheckResult> {
  const target = (worker ??= startWorker());
  const request: CheckRequest = { id: nextId++, name, pdfAssets, ...payload };
  const transfer = "bytes" in payload ? [payload.bytes.buffer] : [];
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    target.postMessage(request, transfer);
  });
}

export function checkBytes(name: string, bytes: Uint8Array): Promise<CheckResult> {
  return send(name, { bytes });
}

export function checkPastedText(name: string, text: string): Promise<CheckResult> {
  return send(name, { text });
}
