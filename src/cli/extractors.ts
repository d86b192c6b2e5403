import type { CheckOptions } from "../core/check";

export const nodeExtractors: NonNullable<CheckOptions["extractors"]> = {};
