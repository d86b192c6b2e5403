/** The files checked on this page and their results, newest batch first. */
import type { CheckResult } from "../core/model/report";
import { checkBytes, checkPastedText } from "./check-client";
import { sampleUrl, type Sample } from "./samples";

export interface CheckEntry {
  id: number;
  name: string;
  result: CheckResult | null;
  /** Why the check itself failed (the worker broke, a sample could not be fetched). */
  failure: string | null;
}

export const PASTED_TEXT_NAME = "粘贴的文本";

let nextId = 1;

export const checks = $state<{ entries: CheckEntry[] }>({ entries: [] });

interface PendingCheck {
  name: string;
  run: () => Promise<CheckResult>;
}

/** Adds entries for a batch and fills each in when its result arrives. */
async function runBatch(pendingChecks: PendingCheck[]): Promise<void> {
  const batch = pendingChecks.map(({ name }) => ({ id: nextId++, name, result: null, failure: null }));
  checks.entries = [...batch, ...checks.entries];
  // The reactive copies of the batch's entries, so that filling them in updates the page.
  const entries = checks.entries.slice(0, batch.length);
  await Promise.all(
    pendingChecks.map(async ({ run }, index) => {
      const entry = entries[index];
      try {
        entry.result = await run();
      } catch (error) {
        entry.failure = error instanceof Error ? error.message : String(error);
      }
    }),
  );
}

export function checkFiles(files: File[]): Promise<void> {
  return runBatch(
    files.map((file) => ({ name: file.name, run: async () => checkBytes(file.name, new Uint8Array(await file.arrayBuffer())) })),
  );
}

export function checkText(text: string): Promise<void> {
  return runBatch([{ name: PASTED_TEXT_NAME, run: () => checkPastedText(PASTED_TEXT_NAME, text) }]);
}

async function fetchSample(sample: Sample): Promise<Uint8Array> {
  const response = await fetch(sampleUrl(sample));
  if (!response.ok) throw new Error(`示例文件读取失败（HTTP ${response.status}）`);
  return new Uint8Array(await response.arrayBuffer());
}

export function checkSample(sample: Sample): Promise<void> {
  return runBatch([{ name: sample.file, run: async () => checkBytes(sample.file, await fetchSample(sample)) }]);
}
