import { describe, expect, it } from "vitest";
import { locationText } from "./present";

describe("locationText", () => {
  it("names the page of a finding that spans several boxes", () => {
    expect(locationText({ boxes: [{ page: 3, box: [0, 0, 1, 1] }, { page: 4, box: [0, 0, 1, 1] }] })).toBe("第3页");
  });

  it("prefers the place in the source over a table cell reference", () => {
    expect(locationText({ table: "t3", row: "total", line: 12 })).toBe("第12行");
  });
});
