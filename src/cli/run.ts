/** The command line as a function of its arguments and outputs, so tests can run it in-process. */
import { readFile } from "node:fs/promises";
import { checkFile } from "../core/check";
import type { CheckResult } from "../core/model/report";
import { USAGE, parseArgs } from "./args";
import { nodeExtractors } from "./extractors";
import { formatSummary } from "./summary";
import { MissingInputError, collectFiles } from "./walk";

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Show progress on err; true only when err is a terminal. */
  progress: boolean;
}

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;

async function checkPaths(files: string[], output: CliOutput): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [index, file] of files.entries()) {
    if (output.progress) output.err(`\r\x1b[K正在检查 ${index + 1}/${files.length}：${file}`);
    results.push(await checkFile({ name: file, bytes: await readFile(file) }, { extractors: nodeExtractors }));
  }
  if (output.progress) output.err("\r\x1b[K");
  return results;
}

export async function runCli(argv: string[], output: CliOutput): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    output.err(`${parsed.problem}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let files: string[];
  try {
    files = await collectFiles(parsed.args.paths);
  } catch (error) {
    if (!(error instanceof MissingInputError)) throw error;
    output.err(`${error.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const results = await checkPaths(files, output);
  output.out(parsed.args.json ? JSON.stringify({ files: results }, null, 2) + "\n" : formatSummary(results));
  return results.some((result) => result.error) ? EXIT_UNREADABLE : EXIT_OK;
}
