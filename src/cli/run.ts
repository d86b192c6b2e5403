/** The command line as a function of its arguments and outputs, so tests can run it in-process. */
import { USAGE, parseArgs } from "./args";
import { checkBatch, type BatchOptions } from "./batch";
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

function showProgress(output: CliOutput): BatchOptions["onResult"] {
  if (!output.progress) return undefined;
  return (result, done, total) => output.err(`\r\x1b[K已检查 ${done}/${total} 份：${result.file}`);
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
  const results = await checkBatch(files, { jobs: parsed.args.jobs, onResult: showProgress(output) });
  if (output.progress) output.err("\r\x1b[K");
  output.out(parsed.args.json ? JSON.stringify({ files: results }, null, 2) + "\n" : formatSummary(results));
  return results.some((result) => result.error) ? EXIT_UNREADABLE : EXIT_OK;
}
