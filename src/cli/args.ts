/** Command-line arguments: `[--json] FILE_OR_FOLDER...`. */

export const USAGE = "用法：npm run --silent check -- [--json] 文件或文件夹……";

export interface CliArgs {
  json: boolean;
  paths: string[];
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; problem: string };

export function parseArgs(argv: string[]): ParsedArgs {
  const args: CliArgs = { json: false, paths: [] };
  let flagsEnded = false;
  for (const arg of argv) {
    if (flagsEnded || !arg.startsWith("-")) args.paths.push(arg);
    else if (arg === "--") flagsEnded = true;
    else if (arg === "--json") args.json = true;
    else return { ok: false, problem: `不认识的选项：${arg}` };
  }
  if (args.paths.length === 0) return { ok: false, problem: "请给出要检查的文件或文件夹。" };
  return { ok: true, args };
}
