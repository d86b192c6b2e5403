/** Turn the inputs into the list of files to check: files as given, folders walked for report files. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareCodeUnits, isReportFileName } from "../core/report-files";

export class MissingInputError extends Error {
  constructor(readonly path: string) {
    super(`找不到文件或文件夹：${path}`);
  }
}

/** Report files under a folder, at any depth, sorted by path. */
async function reportFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isReportFileName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compareCodeUnits);
}

/** Files in the order of the inputs; a file named explicitly is checked whatever its extension. */
export async function collectFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new MissingInputError(input);
    if (info.isDirectory()) files.push(...(await reportFilesUnder(input)));
    else files.push(input);
  }
  return files;
}
