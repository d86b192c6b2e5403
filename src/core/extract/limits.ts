/**
 * Limits past which a file is not read (model.md, file-level errors): `too-large` for its size,
 * `too-complex` for the rest. Every message names the limit that was hit.
 */
const MB = 1024 * 1024;

/** Largest file checked at all. */
export const MAX_FILE_MB = 50;
export const MAX_PAGES = 2000;
export const MAX_TABLES = 2000;
/** Grid places of all the tables of a web page, the places that row spans reach included. */
export const MAX_TABLE_CELLS = 200_000;
/** Largest part of a zip package (a DOCX's main document) the DOCX reader decompresses. */
export const MAX_PART_MB = 200;
/** Longest main text of a Word 97–2003 document, in characters. */
export const MAX_DOC_CHARS = 10_000_000;
/** Deepest nesting of elements (HTML tags, DOCX XML) read; deeper trees would overflow the stack of every walk over them. */
export const MAX_NESTING = 1000;
/** Longest the command line gives one file before it stops that check and goes on with the others. */
export const MAX_SECONDS_PER_FILE = 120;

/** Why a file of `bytes` bytes is too large, or null when it is not. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_MB * MB) return null;
  return `文件大小 ${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB，超过 ${MAX_FILE_MB} MB 的上限`;
}

export function timeLimitProblem(seconds: number): string {
  return `检查用时超过 ${seconds} 秒的上限，已停止`;
}

export function nestingProblem(what: string): string {
  return `${what}的标签嵌套超过 ${MAX_NESTING} 层的上限`;
}
