import { describe, expect, it } from "vitest";
import type { Finding } from "../core/model/report";
import { findingKey } from "./finding-key";

const finding: Finding = {
  rule: "table3/row-total",
  severity: "error",
  message: "表三“总计”一行：各列之和为 28，但“总计”填写为 27。",
  location: { kind: "pdf", page: 3, box: [100, 200, 150, 215], template: { table: "t3", row: "total", column: "total" } },
};

describe("findingKey", () => {
  it("is the key histories keep their decisions under, as before the typed location", () => {
    expect(findingKey(finding)).toBe(`table3/row-total|第3页|t3.total.total|${finding.message}`);
    expect(findingKey({ ...finding, location: { kind: "docx", block: 4, template: { table: "t3" } } })).toBe(`table3/row-total|第5段|t3..|${finding.message}`);
    expect(findingKey({ ...finding, location: { kind: "file" } })).toBe(`table3/row-total|||${finding.message}`);
  });

  it("stays the same when the place moves by a point on the same page", () => {
    expect(findingKey({ ...finding, location: { kind: "pdf", page: 3, box: [101, 200, 151, 215], template: finding.location.template } })).toBe(findingKey(finding));
  });

  it("tells apart findings of another rule, cell, page or message", () => {
    const others: Finding[] = [
      { ...finding, rule: "table3/value-int" },
      { ...finding, location: { kind: "pdf", page: 3, box: [100, 200, 150, 215], template: { table: "t3", row: "new", column: "total" } } },
      { ...finding, location: { kind: "pdf", page: 4, box: [100, 200, 150, 215], template: finding.location.template } },
      { ...finding, message: finding.message.replace("27", "26") },
    ];
    for (const other of others) expect(findingKey(other)).not.toBe(findingKey(finding));
  });
});
