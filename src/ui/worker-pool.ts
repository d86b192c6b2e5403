/**
 * The check workers: one Web Worker per core but one (see workerCount), or as many as the reviewer chose
 * (同时检查的文件数), and a queue, so a batch uses the cores and the page never freezes. A worker takes its
 * next file as soon as its current file is checked, while that file's history's part (its agency's turn, the
 * history's look-ups, the save) goes on in the same worker (worker-lane.ts). A file can be cancelled while it
 * waits, while it is checked or during its history's part: its worker is retired (a fresh one takes the queue)
 * and stopped once no other file's history's part runs in it. A worker that breaks fails only the files it
 * holds; a file past its time limit fails alone.
 */
import type { CheckProgress } from "../core/check";
import { MAX_SECONDS_PER_FILE, timeLimitProblem } from "../core/extract/limits";
import type { PdfAssets } from "../core/extract/pdfjs-api";
import type { OcrAssets } from "../core/extract/ocr/tesseract";
import type { CheckResult } from "../core/model/report";
import { chosenWorkers } from "./state/worker-setting";
import { poolSizeFor, workerCount } from "./worker-count";
import { Lane, type Held } from "./worker-lane";
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

type WorkerLane = Lane<QueuedJob, CheckOutcome, Worker>;
type HeldJob = Held<QueuedJob, CheckOutcome>;

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
  /** The workers that take files, at most `size`. */
  private lanes: WorkerLane[] = [];
  /** Workers that take no more files and are stopped once they run nothing a file waits for. */
  private readonly retired: WorkerLane[] = [];
  private size = 0;
  private nextId = 1;

  constructor(size: number) {
    this.resize(size);
  }

  /** From now on `size` workers: more start with the next checks; spare ones stop when their files are done. */
  resize(size: number): void {
    this.size = size;
    this.trim();
    this.pump();
  }

  /** Workers beyond the size are stopped: idle ones at once, the others once their files are done. */
  private trim(): void {
    for (const lane of this.lanes.filter((candidate) => candidate.held.length === 0)) {
      if (this.lanes.length <= this.size) return;
      this.retire(lane);
    }
    while (this.lanes.length > this.size) this.retire(this.lanes.at(-1)!);
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
    for (const lane of [...this.lanes, ...this.retired]) {
      const held = lane.find(id);
      if (held && !held.abandoned) this.abandon(lane, held, { cancelled: true });
    }
  }

  cancelAll(): void {
    for (const job of this.queue.splice(0)) job.settle({ cancelled: true });
    for (const lane of [...this.lanes, ...this.retired]) {
      for (const held of lane.held.filter((candidate) => !candidate.abandoned)) this.abandon(lane, held, { cancelled: true });
    }
  }

  private pump(): void {
    while (this.lanes.length < this.size) this.lanes.push(new Lane<QueuedJob, CheckOutcome, Worker>());
    for (const lane of this.lanes) {
      if (!lane.takes() || this.queue.length === 0) continue;
      const held = lane.hold(this.queue.shift()!);
      const ocr = "ocrAssets" in held.job.request && held.job.request.ocrAssets;
      this.limit(lane, held, MAX_SECONDS_PER_FILE * (ocr ? OCR_TIME_FACTOR : 1));
      lane.worker ??= this.startWorker(lane);
      const request: PageMessage = { ...held.job.request, id: held.job.id };
      lane.worker.postMessage(request);
    }
  }

  /**
   * The time limit of a file's part in its worker. The check has it from when the worker gets the file until it
   * asks for its agency's turn (OCR: OCR_TIME_FACTOR times as long); the history's part has it again from when
   * the turn is given. The wait for the turn has none: it is the time of the agency's files before it, each
   * under its own limits, so it ends; counting it would fail a file for another file's slowness.
   */
  private limit(lane: WorkerLane, held: HeldJob, seconds: number): void {
    const expired = () => (held.abandoned ? this.finish(lane, held, held.abandoned) : this.abandon(lane, held, { failure: timeLimitProblem(seconds) }));
    held.deadline = setTimeout(expired, seconds * 1000);
  }

  private startWorker(lane: WorkerLane): Worker {
    const worker = new Worker(new URL("../workers/check.worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<CheckResponse>) => this.answered(lane, event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (lane.held.length > 0) this.broke(lane, event.message || WORKER_BROKE);
    });
    return worker;
  }

  /** Messages that answer no file held (pdf.js greets the worker's owner when it loads) are ignored. */
  private answered(lane: WorkerLane, response: CheckResponse): void {
    const held = lane.find(response.id);
    if (!held) return;
    if (held.abandoned) {
      if ("result" in response || "failure" in response) this.finish(lane, held, held.abandoned);
    } else if ("progress" in response) held.job.onProgress(response.progress);
    else if ("turn" in response) this.checked(lane, held, response.turn);
    else if ("result" in response) this.finish(lane, held, { result: response.result, history: response.history });
    else this.finish(lane, held, { failure: response.failure });
  }

  /** The file is checked and its worker asks for the agency's turn: the worker takes the next file meanwhile. */
  private checked(lane: WorkerLane, held: HeldJob, of: AgencyOfTask): void {
    clearTimeout(held.deadline);
    held.part = "turn";
    void this.giveTurn(lane, held, of);
    this.pump();
  }

  /** The worker waits for its agency's turn; given, it is told unless the file was let go or given up meanwhile. */
  private async giveTurn(lane: WorkerLane, held: HeldJob, of: AgencyOfTask): Promise<void> {
    const given = await held.job.inTurn?.(of);
    if (!given || !lane.holds(held) || held.abandoned) return;
    held.part = "history";
    this.limit(lane, held, MAX_SECONDS_PER_FILE);
    lane.worker?.postMessage({ ...given, id: held.job.id } satisfies PageMessage);
  }

  private finish(lane: WorkerLane, held: HeldJob, outcome: CheckOutcome): void {
    lane.letGo(held);
    held.job.settle(outcome);
    this.release(lane);
    this.trim();
    this.pump();
  }

  /**
   * A file is cancelled or past its time limit. Its worker is retired (a fresh one takes the queue) and stopped
   * once no other file's work runs in it: stopping it at once would throw away another file's history's part.
   * When the file is told is Lane.giveUp's.
   */
  private abandon(lane: WorkerLane, held: HeldJob, outcome: CheckOutcome): void {
    if (lane.giveUp(held, outcome, "cancelled" in outcome)) held.job.settle(outcome);
    this.retire(lane);
    this.pump();
  }

  /** The worker broke: every file it holds fails (or gets the outcome it was given up with). */
  private broke(lane: WorkerLane, reason: string): void {
    for (const held of lane.held) held.abandoned ??= { failure: reason };
    this.retire(lane);
    this.pump();
  }

  private retire(lane: WorkerLane): void {
    if (!lane.retired) {
      lane.retired = true;
      this.lanes = this.lanes.filter((other) => other !== lane);
      this.retired.push(lane);
    }
    this.release(lane);
  }

  /** A retired worker that runs nothing a file waits for is stopped; the files it was running for nobody are told their outcome. */
  private release(lane: WorkerLane): void {
    const index = this.retired.indexOf(lane);
    if (index < 0 || !lane.spare()) return;
    this.retired.splice(index, 1);
    lane.worker?.terminate();
    for (const held of lane.empty()) held.job.settle(held.abandoned!);
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
