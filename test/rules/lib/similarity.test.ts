import { describe, expect, it } from "vitest";
import { parseText, seed } from "../../helpers/text-edits";
import { prose } from "../../../src/core/rules/lib/earlier";
import { comparable, textSimilarity } from "../../../src/core/rules/lib/similarity";

describe("textSimilarity", () => {
  const report = seed("002");

  it("is 1 for the same text and 0 for texts without a common trigram", () => {
    expect(textSimilarity(report, report)).toBe(1);
    expect(textSimilarity("政府信息公开工作", "行政复议诉讼情况")).toBe(0);
  });

  it("ignores white space and the figures, so a text copied with new numbers stays the same", () => {
    expect(comparable("全年 受理申请 33件，答复２０件")).toBe("全年受理申请#件，答复#件");
    expect(textSimilarity("2022年全年受理申请33件，均按期答复。", "2023年 全年受理申请 48件，均按期答复。")).toBe(1);
  });

  it("is symmetric and about the share of reused text", () => {
    const other = seed("004");
    const half = report.slice(0, report.length / 2) + other.slice(0, report.length / 2);
    expect(textSimilarity(report, half)).toBe(textSimilarity(half, report));
    expect(textSimilarity(report, half)).toBeGreaterThan(0.45);
    expect(textSimilarity(report, half)).toBeLessThan(0.7);
  });

  it("keeps the prose of different agencies' reports well below the 0.8 of the rules", () => {
    const proseOf = (prefix: string) => prose(parseText(seed(prefix)).document.blocks);
    for (const [a, b] of [["000", "001"], ["001", "004"], ["002", "003"]]) {
      expect(textSimilarity(proseOf(a), proseOf(b))).toBeLessThan(0.35);
    }
  });

  it("is fast on texts of 10,000 characters and more", () => {
    const long = seed("000").repeat(4);
    const edited = seed("001") + seed("000").repeat(3);
    expect(long.length).toBeGreaterThan(10_000);
    const started = performance.now();
    for (let i = 0; i < 10; i++) textSimilarity(long, edited);
    expect((performance.now() - started) / 10).toBeLessThan(50);
  });
});
