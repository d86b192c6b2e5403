/** Command-line arguments: `[--json | --jsonl] [--jobs N] [--files-from FILE|-] [--config FILE] [--ocr] FILE_OR_FOLDER...`. */

export const USAGE = [
  "用法：npm run --silent check -- [--json | --jsonl] [--jobs N] [--files-from 清单文件|-] [--ocr] 文件或文件夹……",
  "  --json              输出 JSON 格式的检查结果",
  "  --jsonl             每检查完一份就输出一行 JSON（按完成顺序）",
  "  --jobs N            同时检查的线程数，默认每个处理器核心一个",
  "  --files-from 清单   从清单文件读取要检查的文件或文件夹，每行一个；- 表示从标准输入读取",
  "  --config 文件       规则设置文件（页面“规则设置”导出的 JSON）：关闭规则、调整级别",
  "  --ocr               扫描件（只有图片的 PDF）和字体缺少编码映射的乱码 PDF 用文字识别读取后检查（在本机进行，每页约需数秒）",
].join("\n");

export type OutputFormat = "summary" | "json" | "jsonl";

export interface CliArgs {
  output: OutputFormat;
  /** Worker threads to check with; absent: one per core. */
  jobs?: number;
  /** A file listing more inputs, one per line; "-" for standard input. */
  filesFrom?: string;
  /** The rule settings file (the page's 规则设置 export). */
  config?: string;
  /** Read scanned PDFs by character recognition instead of refusing them. */
  ocr?: true;
  paths: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; problem: string };

const JOBS_PROBLEM = "--jobs 后面应是正整数（检查用的线程数），例如 --jobs 4";
const FILES_FROM_PROBLEM = "--files-from 后面应是清单文件的路径，或 - 表示标准输入";
const OUTPUT_PROBLEM = "--json 和 --jsonl 只能选一个";
const CONFIG_PROBLEM = "--config 后面应是规则设置文件的路径，例如 --config 规则设置.json";

function parseJobs(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

/** The value of `--name VALUE` or `--name=VALUE`, and the index of the last argument it used. */
function optionValue(argv: string[], i: number, name: string): { value: string | undefined; last: number } {
  return argv[i] === name ? { value: argv[i + 1], last: i + 1 } : { value: argv[i].slice(name.length + 1), last: i };
}

function isOption(arg: string, name: string): boolean {
  return arg === name || arg.startsWith(name + "=");
}

export function parseArgs(argv: string[]): ParsedArgs {
  const args: CliArgs = { output: "summary", paths: [] };
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (flagsEnded || !arg.startsWith("-")) args.paths.push(arg);
    else if (arg === "--") flagsEnded = true;
    else if (arg === "--ocr") args.ocr = true;
    else if (arg === "--json" || arg === "--jsonl") {
      const output = arg === "--json" ? "json" : "jsonl";
      if (args.output !== "summary" && args.output !== output) return { ok: false, problem: OUTPUT_PROBLEM };
      args.output = output;
    } else if (isOption(arg, "--jobs")) {
      const { value, last } = optionValue(argv, i, "--jobs");
      const jobs = parseJobs(value);
      if (jobs === null) return { ok: false, problem: JOBS_PROBLEM };
      args.jobs = jobs;
      i = last;
    } else if (isOption(arg, "--files-from")) {
      const { value, last } = optionValue(argv, i, "--files-from");
      if (!value) return { ok: false, problem: FILES_FROM_PROBLEM };
      args.filesFrom = value;
      i = last;
    } else if (isOption(arg, "--config")) {
      const { value, last } = optionValue(argv, i, "--config");
      if (!value) return { ok: false, problem: CONFIG_PROBLEM };
      args.config = value;
      i = last;
    } else return { ok: false, problem: `不认识的选项：${arg}` };
  }
  if (args.paths.length === 0 && args.filesFrom === undefined) return { ok: false, problem: "请给出要检查的文件或文件夹。" };
  return { ok: true, args };
}
