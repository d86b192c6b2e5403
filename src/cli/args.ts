/** Command-line arguments: `[--json] [--jobs N] FILE_OR_FOLDER...`. */

export const USAGE = [
  "用法：npm run --silent check -- [--json] 文件或文件夹……",
  "  --json     输出 JSON 格式的检查结果",
  "  --jobs N   同时检查的线程数，默认每个处理器核心一个",
].join("\n");

export interface CliArgs {
  json: boolean;
  /** Worker threads to check with; absent: one per core. */
  jobs?: number;
  paths: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; problem: string };

const JOBS_PROBLEM = "--jobs 后面应是正整数（检查用的线程数），例如 --jobs 4";

function parseJobs(value: string | undefined): number | null {
  return value !== undefined && /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const args: CliArgs = { json: false, paths: [] };
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (flagsEnded || !arg.startsWith("-")) args.paths.push(arg);
    else if (arg === "--") flagsEnded = true;
    else if (arg === "--json") args.json = true;
    else if (arg === "--jobs" || arg.startsWith("--jobs=")) {
      const jobs = parseJobs(arg === "--jobs" ? argv[++i] : arg.slice("--jobs=".length));
      if (jobs === null) return { ok: false, problem: JOBS_PROBLEM };
      args.jobs = jobs;
    } else return { ok: false, problem: `不认识的选项：${arg}` };
  }
  if (args.paths.length === 0) return { ok: false, problem: "请给出要检查的文件或文件夹。" };
  return { ok: true, args };
}
