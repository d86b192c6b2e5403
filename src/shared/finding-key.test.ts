import { describe, expect, it } from "vitest";
import type { Finding } from "../core/model/report";
import { findingKey } from "./finding-key";

const finding: Finding = {
  rule: "table3/row-total",
  severity: "error",
  message: "表三“总计”一行：各列之和为 28，但“总计”填写为 27。",
  location: { page: 3, box: [100, 200, 150, 215], table: "t3", row: "total", column: "total" },
};

describe("findingKey", () => {
  it("stays the same when the place moves by a point on the same page", () => {
    expect(findingKey({ ...finding, location: { ...finding.location, box: [101, 200, 151, 215] } })).toBe(findingKey(finding));
  });

  it("tells apart findings of another rule, cell, page or message", () => {
    const others: Finding[] = [
      { ...finding, rule: "table3/value-int" },
      { ...finding, location: { ...finding.location, row: "new" } },
      { ...finding, location: { ...finding.location, page: 4 } },
      { ...finding, message: finding.message.replace("27", "26") },
    ];
    for (const other of others) expect(findingKey(other)).not.toBe(findingKey(finding));
  });
});
