import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/model/report";
import { comparedText } from "./compared";

const carry: Finding = { rule: "table3/cross-year-carry", severity: "error", message: "上年结转与上年度报告不符", location: { kind: "file" } };
const typo: Finding = { rule: "typo/dash", severity: "info", message: "破折号", location: { kind: "file" } };
const ids = ["table3/cross-year-carry", "table3/cross-year-jump"];
const earlier = [
  { file: "2022.txt", agency: "甲局", year: 2022, checkedAt: "2024-01-01T00:00:00Z" },
  { file: "2023.pdf", agency: "甲局", year: 2023, checkedAt: "2024-01-02T00:00:00Z" },
];

describe("comparedText", () => {
  it("says when no comparison was made", () => {
    expect(comparedText(null, [carry], ids)).toBe("历史记录中没有该机关更早年度的报告，未做跨年度对照。");
  });

  it("names the earlier reports, latest first, and says what the comparison found, also when nothing", () => {
    expect(comparedText(earlier, [typo], ids)).toBe("已与历史记录中的2023年度报告（2023.pdf）、2022年度报告（2022.txt）对照检查，跨年度对照未发现问题。");
    expect(comparedText(earlier, [carry, typo], ids)).toBe("已与历史记录中的2023年度报告（2023.pdf）、2022年度报告（2022.txt）对照检查，发现跨年度问题 1 个。");
    expect(comparedText(earlier.slice(0, 1), [carry], null)).toBe("已与历史记录中的2022年度报告（2022.txt）对照检查。");
  });
});
