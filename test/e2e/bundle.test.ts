/** The first load stays small: what the page loads before any file arrives, gzipped, within the budget. */
import { describe, expect, it } from "vitest";
import { bundleFigures, INITIAL_JS_TARGET } from "../../scripts/bench/bundle";
import { builtApp } from "./built-app";

describe("the built page's first load", () => {
  it(`is at most ${INITIAL_JS_TARGET / 1024} KB of JavaScript gzipped (rules, pdf.js, OCR and exports load on demand)`, () => {
    const { initialBytes } = bundleFigures(builtApp());
    expect(initialBytes).toBeGreaterThan(10 * 1024);
    expect(initialBytes).toBeLessThanOrEqual(INITIAL_JS_TARGET);
  });
});
