import type { CheckOptions } from "../core/check";

export const browserExtractors: NonNullable<CheckOptions["extractors"]> = {};
