/**
 * A temporary folder for the files a suite writes and then drops or picks: made before the suite's tests
 * (and before the suite's own `beforeAll` hooks registered after this call), removed after them.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/** Registers the suite's hooks; returns the path of a name (or of nested names) in the folder. */
export function tempFolder(prefix: string): (...names: string[]) => string {
  let folder = "";
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));
  return (...names) => join(folder, ...names);
}
