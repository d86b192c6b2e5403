import { describe, expect, it } from "vitest";
import { workerCount } from "./worker-count";

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
