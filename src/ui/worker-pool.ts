/**
 * The check workers: one Web Worker per core but one (see workerCount), or as many as the reviewer chose
 * (同时检查的文件数), and a queue, so a batch uses the cores and the page never freezes. A file can be cancelled while it waits or while it runs (its worker is stopped and a fresh one
 * takes its place); a worker that breaks, or a check that runs past the time limit, fails only its own file.
 */
import type { CheckProgress } from "../core/check";
import { MAX_SECONDS_PER_FILE, timeLimitProblem } from "../core/extract/limits";
import type { PdfAssets } from "../core/extract/pdfjs-api";
import type { OcrAssets } from "../core/extract/ocr/tesseract";
import type { CheckResult } from "../core/model/report";
import { chosenWorkers } from "./state/worker-setting";
import { poolSizeFor, workerCount } from "./worker-count";
import type {
  AgencyOfTask,
  CheckResponse,
  FileCheckRequest,
  HistoryReply,
  PageMessage,
  RecheckRequest,
  StoredFile,
  TurnGiven,
} from "../workers/protocol";

/** `history`: what the history's part in the worker did (see HistoryReply). */
export type CheckOutcome = { result: CheckResult; history?: HistoryReply } | { failure: string } | { cancelled: true };

/** A file of the batch takes the history's part in its worker, in its agency's turn: `inTurn` resolves when the page gives it. */
export interface HistoryPart {
  file: StoredFile;
  inTurn: (of: AgencyOfTask) => Promise<Omit<TurnGiven, "id">>;
}

export interface CheckJob {
  id: number;
  /** Settles once, with the result, the reason the check broke, or the cancellation. */
  outcome: Promise<CheckOutcome>;
}

/** A request as the worker gets it, but for its id. */
type JobRequest = Omit<FileCheckRequest, "id"> | Omit<RecheckRequest, "id">;

interface QueuedJob {
  id: number;
  request: JobRequest;
  onProgress: (progress: CheckProgress) => void;
  inTurn?: HistoryPart["inTurn"];
  settle: (outcome: CheckOutcome) => void;
}

interface Slot {
  worker: Worker | null;
  job: QueuedJob | null;
  /** Stops the job when it runs past the time limit. */
  deadline: ReturnType<typeof setTimeout> | undefined;
}

/** pdf.js's data on our own origin (served and copied into pdfjs/ by the plugin in vite.config.ts), wherever the app is served from. */
function pdfAssetUrl(folder: string): string {
  return new URL(`${import.meta.env.BASE_URL}pdfjs/${folder}/`, location.href).href;
}

export const PDF_ASSETS: PdfAssets = {
  cMapUrl: pdfAssetUrl("cmaps"),
  standardFontDataUrl: pdfAssetUrl("standard_fonts"),
  wasmUrl: pdfAssetUrl("wasm"),
};

/** tesseract.js's files on our own origin (copied into tesseract/ by the plugin in vite.config.ts). */
function ocrAssetUrl(file: string): string {
  return new URL(`${import.meta.env.BASE_URL}tesseract/${file}`, location.href).href;
}

export const OCR_ASSETS: OcrAssets = {
  workerPath: ocrAssetUrl("worker.min.js"),
  corePath: ocrAssetUrl(""),
  langPath: ocrAssetUrl(""),
};

/** An OCR check may take this many times the usual time limit: seconds a page. */
const OCR_TIME_FACTOR = 5;

const WORKER_BROKE = "检查组件意外停止";

export class CheckPool {
  private readonly queue: QueuedJob[] = [];
  private readonly slots: Slot[] = [];
  private size = 0;
  private nextId = 1;

  constructor(size: number) {
    this.resize(size);
  }

  /** From now on `size` workers: more start with the next checks; spare ones stop when their check is over. */
  resize(size: number): void {
    this.size = size;
    while (this.slots.length < size) this.slots.push({ worker: null, job: null, deadline: undefined });
    this.trim();
    this.pump();
  }

  /** Idle workers beyond the size are stopped. */
  private trim(): void {
    for (const slot of this.slots.filter((candidate) => !candidate.job)) {
      if (this.slots.length <= this.size) return;
      slot.worker?.terminate();
      this.slots.splice(this.slots.indexOf(slot), 1);
    }
  }

  /**
   * Queues a file; `bytes` are copied to the worker, so the page keeps its own. `ocr`: read a scan by
   * character recognition; `history`: the history's part follows in the worker.
   */
  check(name: string, bytes: Uint8Array, onProgress: (progress: CheckProgress) => void, { ocr = false, history }: { ocr?: boolean; history?: HistoryPart } = {}): CheckJob {
    const request = { name, bytes, pdfAssets: PDF_ASSETS, ...(ocr && { ocrAssets: OCR_ASSETS }), ...(history && { history: history.file }) };
    return this.enqueue(request, onProgress, history?.inTurn);
  }

  /**
   * Queues a result to be checked again in a worker with what the history knows now, and saved when that changed
   * it (`rulesChanged`: in any case).
   */
  recheck(result: CheckResult, file: StoredFile, rulesChanged = false): CheckJob {
    return this.enqueue({ recheck: { result, ...file, rulesChanged } }, () => {});
  }

  private enqueue(request: JobRequest, onProgress: (progress: CheckProgress) => void, inTurn?: HistoryPart["inTurn"]): CheckJob {
    const id = this.nextId++;
    const outcome = new Promise<CheckOutcome>((settle) => this.queue.push({ id, request, onProgress, inTurn, settle }));
    this.pump();
    return { id, outcome };
  }

  cancel(id: number): void {
    const queued = this.queue.findIndex((job) => job.id === id);
    if (queued >= 0) {
      this.queue.splice(queued, 1)[0].settle({ cancelled: true });
      return;
    }
    const slot = this.slots.find((candidate) => candidate.job?.id === id);
    if (slot) this.stop(slot, { cancelled: true });
  }

  cancelAll(): void {
    for (const job of this.queue.splice(0)) job.settle({ cancelled: true });
    for (const slot of this.slots) if (slot.job) this.stop(slot, { cancelled: true });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      const seconds = MAX_SECONDS_PER_FILE * ("ocrAssets" in job.request && job.request.ocrAssets ? OCR_TIME_FACTOR : 1);
      slot.deadline = setTimeout(() => this.stop(slot, { failure: timeLimitProblem(seconds) }), seconds * 1000);
      slot.worker ??= this.startWorker(slot);
      const request: PageMessage = { ...job.request, id: job.id };
      slot.worker.postMessage(request);
    }
  }

  private startWorker(slot: Slot): Worker {
    const worker = new Worker(new URL("../workers/check.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<CheckResponse>) => this.answered(slot, event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (slot.job) this.stop(slot, { failure: event.message || WORKER_BROKE });
    });
    return worker;
  }

  /** Messages that answer no running job (pdf.js greets the worker's owner when it loads) are ignored. */
  private answered(slot: Slot, response: CheckResponse): void {
    const job = slot.job;
    if (!job || response.id !== job.id) return;
    if ("progress" in response) job.onProgress(response.progress);
    else if ("turn" in response) void this.giveTurn(slot, job, response.turn);
    else if ("result" in response) this.finish(slot, { result: response.result, history: response.history });
    else this.finish(slot, { failure: response.failure });
  }

  /** The worker waits for its agency's turn; given, it is told unless its job is over meanwhile. */
  private async giveTurn(slot: Slot, job: QueuedJob, of: AgencyOfTask): Promise<void> {
    const given = await job.inTurn?.(of);
    if (given && slot.job === job) slot.worker?.postMessage({ ...given, id: job.id } satisfies PageMessage);
  }

  private finish(slot: Slot, outcome: CheckOutcome): void {
    const job = slot.job;
    slot.job = null;
    clearTimeout(slot.deadline);
    job?.settle(outcome);
    this.trim();
    this.pump();
  }

  /** Stops the slot's worker mid-check; the next job starts a fresh one. */
  private stop(slot: Slot, outcome: CheckOutcome): void {
    slot.worker?.terminate();
    slot.worker = null;
    this.finish(slot, outcome);
  }
}

function browserCapacity(): { cores: number; memory?: number } {
  const { hardwareConcurrency, deviceMemory } = navigator as Navigator & { deviceMemory?: number };
  return { cores: hardwareConcurrency || 1, memory: deviceMemory };
}

/** The workers workerCount gives for this browser's cores and memory (自动). */
export function automaticPoolSize(): number {
  const { cores, memory } = browserCapacity();
  return workerCount(cores, memory);
}

function poolSize(): number {
  const { cores, memory } = browserCapacity();
  return poolSizeFor(chosenWorkers(), cores, memory);
}

let shared: CheckPool | null = null;

/** The page's one pool, started with the first check: the batch and the history's re-checks share it. */
export function checkPool(): CheckPool {
  shared ??= new CheckPool(poolSize());
  return shared;
}

/** Files are added: the pool takes the size the reviewer chose since (同时检查的文件数 applies from the next files). */
export function resizeCheckPool(): void {
  shared?.resize(poolSize());
}
