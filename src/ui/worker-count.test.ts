import { describe, expect, it } from "vitest";
import { MAX_CHOSEN_WORKERS, parseWorkerChoice, poolSizeFor, workerChoices, workerCount } from "./worker-count";

describe("workerCount", () => {
  it("uses every core but one, both on a two-core machine, at least one", () => {
    expect([1, 2, 4, 8, 16].map((cores) => workerCount(cores))).toEqual([1, 2, 3, 7, 15]);
    expect(workerCount(0)).toBe(1);
  });

  it("keeps to half the device's memory where the browser tells it", () => {
    expect(workerCount(16, 8)).toBe(8);
    expect(workerCount(8, 2)).toBe(2);
    expect(workerCount(8, 0.5)).toBe(1);
    expect(workerCount(4, 8)).toBe(3);
  });
});

describe("the reviewer's choice of workers", () => {
  it("reads back a stored whole number from 1 to the maximum; anything else is 自动", () => {
    expect(["1", "3", String(MAX_CHOSEN_WORKERS)].map(parseWorkerChoice)).toEqual([1, 3, MAX_CHOSEN_WORKERS]);
    expect([null, "", "0", "-2", "2.5", String(MAX_CHOSEN_WORKERS + 1), "auto", " "].map(parseWorkerChoice)).toEqual([null, null, null, null, null, null, null, null]);
  });

  it("a choice stands whatever the cores and memory; 自动 follows them", () => {
    expect(poolSizeFor(1, 8, 16)).toBe(1);
    expect(poolSizeFor(6, 2, 1)).toBe(6);
    expect(poolSizeFor(null, 8, 16)).toBe(7);
    expect(poolSizeFor(null, 8, 2)).toBe(2);
    expect(poolSizeFor(null, 1)).toBe(1);
  });

  it("offers 1 up to the cores, at least 2 and at most the maximum", () => {
    expect(workerChoices(1)).toEqual([1, 2]);
    expect(workerChoices(4)).toEqual([1, 2, 3, 4]);
    expect(workerChoices(64)).toHaveLength(MAX_CHOSEN_WORKERS);
  });
});
