import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import { normalizeBlocks, normalizeText } from "../../src/core/extract/normalize-text";
import { extractText } from "../../src/core/extract/text";
import { SEED_IDS, seedText } from "../helpers/seeds";

const UNIFIED = /^\p{Unified_Ideograph}$/u;
const ASSIGNED = /^\P{Cn}$/u;

function block(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

describe("normalizeText", () => {
  it("turns every Kangxi radical (U+2F00–U+2FD5) into its unified ideograph, as NFKC does", () => {
    const radicals = block(0x2f00, 0x2fd5);
    expect(radicals).toHaveLength(214);
    for (const radical of radicals) {
      const ideograph = normalizeText(radical);
      expect(ideograph, radical).toMatch(UNIFIED);
      expect(ideograph).toBe(radical.normalize("NFKC"));
    }
    expect(normalizeText("⼀⼆⼈⼤⼊⼿")).toBe("一二人大入手");
  });

  it("turns every CJK radical-supplement character with an equivalent (all but U+2E80) into a unified ideograph", () => {
    const assigned = block(0x2e80, 0x2ef3).filter((character) => ASSIGNED.test(character));
    expect(assigned).toHaveLength(115);
    const unchanged = assigned.filter((character) => normalizeText(character) === character);
    expect(unchanged).toEqual(["\u2e80"]);
    for (const radical of assigned.slice(1)) expect(normalizeText(radical), radical).toMatch(UNIFIED);
    // Checked by eye against the code charts.
    expect(normalizeText("⺠⻓⻔⻛⻜⻢⻥⻦⻨⻩⻬⻰⻳⺟⺁⻈⻉⻋⻚")).toBe("民长门风飞马鱼鸟麦黄齐龙龟母厂讠贝车页");
    expect(normalizeText("北京市⼤兴区亦庄镇⼈⺠政府")).toBe("北京市大兴区亦庄镇人民政府");
  });

  it("turns compatibility ideographs into unified ones, including those outside the BMP", () => {
    const compatibility = [...block(0xf900, 0xfaff), ...block(0x2f800, 0x2fa1f)].filter((c) => c.normalize("NFKC") !== c);
    expect(compatibility.length).toBeGreaterThan(1000);
    for (const character of compatibility) expect(normalizeText(character), character).toMatch(UNIFIED);
    expect(normalizeText("\uf900\ufa0c")).toBe("豈兀");
  });

  it("leaves full-width forms, punctuation and ordinary text as written", () => {
    const text = "２０２３年　本年新收（件）：１２，ＡＢ。“公开”";
    expect(normalizeText(text)).toBe(text);
  });

  it("normalises paragraphs and cells, keeping their locations", () => {
    const [paragraph, table] = normalizeBlocks([
      { type: "paragraph", text: "⼀、总体情况", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 1 } },
      { type: "table", rows: [[{ text: "⾏政许可", location: { kind: "text", line: 2, column: 1, endLine: 2, endColumn: 1 } }]], location: { kind: "text", line: 2, column: 1, endLine: 2, endColumn: 1 } },
    ]);
    expect(paragraph).toEqual({ type: "paragraph", text: "一、总体情况", location: { kind: "text", line: 1, column: 1, endLine: 1, endColumn: 1 } });
    expect(table).toEqual({ type: "table", rows: [[{ text: "行政许可", location: { kind: "text", line: 2, column: 1, endLine: 2, endColumn: 1 } }]], location: { kind: "text", line: 2, column: 1, endLine: 2, endColumn: 1 } });
  });
});

describe("extractors hand the parser normalised text", () => {
  it("a text file's radicals are read as ideographs, and findings quote the ideographs", async () => {
    const { blocks } = extractText(new TextEncoder().encode("⼆、主动公开政府信息情况\n"));
    expect(blocks[0]).toMatchObject({ text: "二、主动公开政府信息情况" });
    const seed = seedText(SEED_IDS[0]);
    const asRadicals = seed.replaceAll("一", "⼀").replaceAll("人", "⼈").replaceAll("民", "⺠").replaceAll("长", "⻓");
    expect(asRadicals).not.toBe(seed);
    const [plain, radicals] = await Promise.all([checkText("seed.txt", seed), checkText("seed.txt", asRadicals)]);
    expect(radicals.findings?.length).toBeGreaterThan(0);
    expect(radicals.findings).toEqual(plain.findings);
    expect(radicals.report).toEqual(plain.report);
  });
});
