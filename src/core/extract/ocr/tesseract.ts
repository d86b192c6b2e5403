/**
 * An OcrEngine on tesseract.js, which is passed in (its Node build on the command line, its browser build
 * in the page) with the options that say where its worker script, wasm core and language data are.
 * Simplified Chinese (chi_sim, the LSTM "best_int" model, which reads digits too); recognisers run side by
 * side: one for digit cells (digits only, one line), one for other cells, two for whole pages.
 */
import type * as Tesseract from "tesseract.js";
import { pgm, type GreyImage } from "./image";
import { linesFromTsv, type OcrEngine, type OcrLine, type ReadMode } from "./engine";

export type CreateWorker = typeof Tesseract.createWorker;
export type TesseractOptions = Partial<Tesseract.WorkerOptions>;

/** Where tesseract.js finds its worker script, wasm core (a folder) and language data in the page: URLs on our own origin. */
export type OcrAssets = Pick<Tesseract.WorkerOptions, "workerPath" | "corePath" | "langPath">;

/** tesseract.js OEM.LSTM_ONLY and the page segmentation modes (PSM) used here. */
const LSTM_ONLY = 1;
const PSM_BLOCK = "6";
const PSM_LINE = "7";

const COMMON = { tessedit_do_invert: "0" };
const SETTINGS: Record<ReadMode, Record<string, string>> = {
  digits: { ...COMMON, tessedit_pageseg_mode: PSM_LINE, tessedit_char_whitelist: "0123456789" },
  cell: { ...COMMON, tessedit_pageseg_mode: PSM_BLOCK },
  page: { ...COMMON, tessedit_pageseg_mode: PSM_BLOCK },
};

/**
 * Recognisers per mode: whole pages take most of the time, so two read pages side by side (two pages are
 * read at once, see pdf-ocr.ts) and the machine's second core is not left idle.
 */
const WORKERS: Record<ReadMode, number> = { digits: 1, cell: 1, page: 2 };

interface Recogniser {
  worker: Tesseract.Worker;
  dpi: number;
  busy: number;
}

export async function tesseractEngine(createWorker: CreateWorker, options: TesseractOptions): Promise<OcrEngine> {
  const modes = Object.keys(SETTINGS) as ReadMode[];
  const made = async (mode: ReadMode): Promise<Recogniser> => {
    const worker = await createWorker("chi_sim", LSTM_ONLY, { ...options, cacheMethod: "none", gzip: true });
    await worker.setParameters(SETTINGS[mode] as Partial<Tesseract.WorkerParams>);
    return { worker, dpi: 0, busy: 0 };
  };
  const pools = await Promise.all(modes.map((mode) => Promise.all(Array.from({ length: WORKERS[mode] }, () => made(mode)))));
  const byMode = new Map(modes.map((mode, i) => [mode, pools[i]]));
  return {
    async read(image: GreyImage, mode: ReadMode, dpi: number): Promise<OcrLine[]> {
      const recogniser = byMode.get(mode)!.reduce((idlest, candidate) => (candidate.busy < idlest.busy ? candidate : idlest));
      recogniser.busy++;
      try {
        if (recogniser.dpi !== dpi) {
          recogniser.dpi = dpi;
          await recogniser.worker.setParameters({ user_defined_dpi: String(dpi) } as Partial<Tesseract.WorkerParams>);
        }
        const { data } = await recogniser.worker.recognize(pgm(image) as unknown as Tesseract.ImageLike, {}, { text: false, tsv: true });
        return linesFromTsv(data.tsv ?? "");
      } finally {
        recogniser.busy--;
      }
    },
    async close() {
      await Promise.all(pools.flat().map(({ worker }) => worker.terminate()));
    },
  };
}
