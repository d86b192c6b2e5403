/** The command line as a function of its arguments and outputs, so tests can run it in-process. */
import { readFile } from "node:fs/promises";
import { ruleById } from "../core/rules/index";
import { parseRuleSettings, RuleSettingsError, type RuleSettings } from "../core/settings/rule-settings";
import { USAGE, parseArgs, type CliArgs } from "./args";
import { checkBatch, streamBatch, type BatchOptions } from "./batch";
import { formatSummary, printable } from "./summary";
import { MissingInputError, collectFiles } from "./walk";

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Show progress on err; true only when err is a terminal. */
  progress: boolean;
  /** Standard input, read whole; for `--files-from -`. */
  readInput?: () => Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;

const CLEAR_LINE = "\r\x1b[K";

/** The progress line on err, when err is a terminal. */
function progressLine(output: CliOutput): ((file: string, done: number, total: number) => void) | undefined {
  if (!output.progress) return undefined;
  return (file, done, total) => output.err(`${CLEAR_LINE}已检查 ${done}/${total} 份：${printable(file)}`);
}

/**
 * `--jsonl`: each line written as it comes and then forgotten, so that memory does not grow with the
 * results however many files there are. True when every file could be checked.
 */
async function streamLines(files: string[], options: BatchOptions, output: CliOutput): Promise<boolean> {
  let unreadable = false;
  const told = progressLine(output);
  await streamBatch(files, {
    ...options,
    onAnswer: (answer, index, done, total) => {
      output.out(answer.line + "\n");
      unreadable ||= answer.unreadable;
      told?.(files[index], done, total);
    },
  });
  if (output.progress) output.err(CLEAR_LINE);
  return !unreadable;
}

/** The inputs a `--files-from` list names: one per line, blank lines skipped. */
async function listedInputs(list: string, output: CliOutput): Promise<string[]> {
  let text: string;
  if (list === "-") {
    if (!output.readInput) throw new MissingInputError(list);
    text = await output.readInput();
  } else {
    text = await readFile(list, "utf8").catch(() => {
      throw new MissingInputError(list);
    });
  }
  return text.split(/\r?\n|\0/).filter((line) => line.trim() !== "");
}

async function inputFiles(args: CliArgs, output: CliOutput): Promise<string[]> {
  const listed = args.filesFrom === undefined ? [] : await listedInputs(args.filesFrom, output);
  return collectFiles([...args.paths, ...listed]);
}

/** The summary or `--json`, written once every file is checked. True when every file could be checked. */
async function writeAll(args: CliArgs, files: string[], options: BatchOptions, output: CliOutput): Promise<boolean> {
  const results = await checkBatch(files, { ...options, onResult: progressLine(output) });
  if (output.progress) output.err(CLEAR_LINE);
  output.out(args.output === "json" ? JSON.stringify({ files: results }, null, 2) + "\n" : formatSummary(results));
  return !results.some((result) => result.error);
}

/** The settings of `--config FILE`; a Chinese sentence when the file cannot be read or used. */
async function readSettings(path: string | undefined): Promise<RuleSettings | string | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return `无法读取规则设置文件：${path}`;
  }
  try {
    return parseRuleSettings(text, (id) => ruleById(id) !== undefined);
  } catch (error) {
    if (error instanceof RuleSettingsError) return `${error.message}（${path}）`;
    throw error;
  }
}

export async function runCli(argv: string[], output: CliOutput): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    output.err(`${parsed.problem}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { args } = parsed;
  const settings = await readSettings(args.config);
  if (typeof settings === "string") {
    output.err(`${settings}\n`);
    return EXIT_USAGE;
  }
  let files: string[];
  try {
    files = await inputFiles(args, output);
  } catch (error) {
    if (!(error instanceof MissingInputError)) throw error;
    output.err(`${error.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const options: BatchOptions = { jobs: args.jobs, ocr: args.ocr, settings };
  const checked = args.output === "jsonl" ? await streamLines(files, options, output) : await writeAll(args, files, options, output);
  return checked ? EXIT_OK : EXIT_UNREADABLE;
}
