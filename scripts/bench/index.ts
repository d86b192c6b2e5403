/**
 * `npm run bench`: speed and memory of the checker, in Node and in the page. Prints figures and asserts
 * nothing about time. The corpus is made by code in a temp folder and removed afterwards. BENCH_RUNS sets
 * the rounds per figure (default 5; the batches of 100 and the long reports take 3). BENCH_ONLY=ocr
 * measures only the OCR of scans; BENCH_ONLY=page only the page's batch of 100 and its first report on a
 * cold page (with dist/ as built); BENCH_ONLY=history only the history at scale; BENCH_ONLY=cli only the
 * command line and the long text reports; BENCH_ONLY=pdf only the PDF table (whole check against pdf.js's
 * extraction in the same process) on the seed PDFs, hongze-2024.pdf and the 100- and 300-page reports.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SEEDS } from "../fixtures/seed-report";
import { isStale } from "../stale.mjs";
import { bundleFigures } from "./bundle";
import { buildCorpus, buildLongReports, type Corpus } from "./corpus";
import { historyFigures } from "./history";
import { attempt } from "./measure";
import { cliFigures } from "./cli";
import { batchFigures, docxFigures, longTextFigures, nodeMemory, pdfFigures, type NamedFile } from "./node";
import { ocrFigures } from "./ocr";
import { pageFigures, pageSpeedFigures } from "./page";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const fewRuns = Math.min(runs, 3);
/** The long reports' whole check ÷ extraction swings by a fifth between rounds (the yardstick with it): a median of more rounds. */
const longRuns = 3 * fewRuns;

/** Other work on the machine skews the figures: the load average says how busy it was. */
const load = () => `负载 ${loadavg().map((value) => value.toFixed(1)).join(" / ")}（1/5/15 分钟）`;

const generated = (file: string): NamedFile => ({ label: file, path: join(ROOT, "test/fixtures/generated", file) });
const HONGZE = { label: "hongze-2024.pdf（WPS 导出的真实年报）", path: join(ROOT, "test/fixtures/real/hongze-2024.pdf") };
/** Reports shown first on a cold page: a PDF and a DOCX of a seed, a real PDF. */
const FIRST_REPORTS = [generated(`${SEEDS[0]}.pdf`), generated(`${SEEDS[0]}.docx`), HONGZE];

const longFiles = (long: Corpus["long"]): NamedFile[] => long.map(({ path, pages }) => ({ label: `${pages} 页的报告（表格在中间）`, path }));
const longNote = (long: Corpus["long"]) => `长报告 ${long.map((report) => `${report.pages} 页`).join("、")}（scripts/fixtures/pdf-writer.ts，STSong-Light）`;
/** The seed PDFs and the real WPS one, for the per-report PDF figures. */
const SEED_PDFS = [...SEEDS.map((seed) => generated(`${seed}.pdf`)), HONGZE];

/** What dist/ is built from: a page measured from an older build would not be the code under test. */
const PAGE_SOURCES = ["src", "public", "index.html", "vite.config.ts", "package-lock.json"];

/** dist/ as built, built now when there is none or a source is newer; and when it was built. */
function builtDist(): string {
  if (isStale(ROOT, join(DIST, "index.html"), PAGE_SOURCES)) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "ignore" });
  return `\n页面：${DIST}（构建于 ${statSync(join(DIST, "index.html")).mtime.toLocaleString("zh-CN")}）`;
}

const folder = mkdtempSync(join(tmpdir(), "nianbao-bench-"));
try {
  console.log(`年报校验 性能测试 · ${new Date().toLocaleString("zh-CN")} · Node ${process.version} · ${cpus().length} 核 ${cpus()[0]?.model ?? ""} · ${load()}`);
  if (process.env.BENCH_ONLY === "ocr") console.log(await ocrFigures(ROOT));
  else if (process.env.BENCH_ONLY === "page") console.log([builtDist(), ...(await pageSpeedFigures(DIST, buildCorpus(folder).batch, FIRST_REPORTS, fewRuns))].join("\n"));
  else if (process.env.BENCH_ONLY === "history") console.log(await historyFigures(runs));
  else if (process.env.BENCH_ONLY === "cli") await commandLineFigures(buildCorpus(folder));
  else if (process.env.BENCH_ONLY === "pdf") await pdfOnlyFigures(buildLongReports(folder));
  else await allFigures();
  console.log(`\n结束时${load()}；临时语料 ${basename(folder)} 已删除。`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** The command line's figures alone, on the corpus's PDFs. */
async function commandLineFigures(corpus: Corpus): Promise<void> {
  console.log(await cliFigures(join(ROOT, "public/samples/000_5a9a8d2bc98e1d44.txt"), corpus.batch.filter((path) => path.endsWith(".pdf")), fewRuns, folder));
  console.log(await longTextFigures());
}

/** The PDF figures alone: the seed PDFs, then the long reports. */
async function pdfOnlyFigures(long: Corpus["long"]): Promise<void> {
  console.log(`${longNote(long)}。`);
  console.log(await pdfFigures(SEED_PDFS, runs));
  console.log(await pdfFigures(longFiles(long), longRuns));
}

async function allFigures(): Promise<void> {
  const corpus = buildCorpus(folder);
  const long = longFiles(corpus.long);
  const long300 = long[long.length - 1];
  console.log(`语料：${corpus.batch.length} 份报告（五份种子各 10 个数字不同的版本，DOCX 与 PDF 各半；PDF 由 ${corpus.pdfMaker} 生成）；${longNote(corpus.long)}。`);

  console.log(await pdfFigures(SEED_PDFS, runs));
  console.log(await pdfFigures(long, longRuns));
  console.log(await docxFigures(SEEDS.map((seed) => generated(`${seed}.docx`)), runs));
  console.log(await batchFigures(corpus.batch, fewRuns));
  await commandLineFigures(corpus);
  console.log(nodeMemory(long300));
  console.log(await historyFigures(fewRuns));
  console.log(await attempt("扫描件文字识别", () => ocrFigures(ROOT)));

  const page = await attempt("页面（生产构建，Chromium）", async () => {
    const built = builtDist();
    return [built, bundleFigures(DIST).text, ...(await pageFigures(DIST, corpus.batch, FIRST_REPORTS, long300, fewRuns))].join("\n");
  });
  console.log(page);
}
