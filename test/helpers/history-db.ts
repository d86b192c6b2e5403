/**
 * Test support for the history store: a fresh database on fake-indexeddb (imported first, so Dexie finds
 * it), and seed reports checked as the page would check them, moved to other years and agencies.
 */
import "fake-indexeddb/auto";
import { checkText } from "../../src/core/check";
import { contentHash } from "../../src/core/hash";
import type { CheckResult } from "../../src/core/model/report";
import { HistoryDb } from "../../src/storage/db";
import type { SaveInput } from "../../src/storage/entries";

let opened = 0;

/** A database name no test has used. */
export function freshName(): string {
  opened++;
  return `history-test-${opened}-${Date.now()}`;
}

/** A new, empty database of its own. */
export function freshDb(): HistoryDb {
  return new HistoryDb(freshName());
}

export const bytesOf = (text: string) => new TextEncoder().encode(text);

/** `text` checked as file `name` at `checkedAt`, with what saveCheck needs (the file itself not kept). */
export async function checked(name: string, text: string, checkedAt: string): Promise<SaveInput> {
  const result: CheckResult = await checkText(name, text, { now: () => new Date(checkedAt) });
  return { result, hash: await contentHash(bytesOf(text)), size: bytesOf(text).length };
}
