/** Messages between the page and the check worker. */
import type { CheckResult } from "../core/model/report";

export type CheckRequest = { id: number; name: string } & ({ bytes: Uint8Array } | { text: string });

export type CheckResponse = { id: number; result: CheckResult } | { id: number; failure: string };
