import { describe, expect, it } from "vitest";
import { compact, isSpaceCode, isValueText, isWords, labelCore, labelPattern, labelSimilarity, normalizeLabel, parseCellValue, SPACE } from "./normalize";

describe("cell values", () => {
  it.each([
    ["0", 0, null],
    [" 0", 0, null],
    ["\u00a00\u00a0", 0, null],
    ["\u30000", 0, null],
    ["１２", 12, null],
    ["1,044", 1044, "thousands"],
    ["1.5", 1.5, "decimal"],
    ["-3", -3, "negative"],
    ["3件", 3, "unit"],
    ["251000元", 251000, "unit"],
  ])("%j reads as %j (%j)", (raw, value, problem) => {
    expect(parseCellValue(raw)).toEqual({ value, problem });
  });

  it.each([
    ["", "empty"],
    ["\u3000", "empty"],
    ["/", "placeholder"],
    ["—", "placeholder"],
    ["无", "placeholder"],
    ["O", "placeholder"],
    ["约5", "text"],
    ["1,0,4", "text"],
    ["1 2", "text"],
    ["0\n0", "text"],
  ])("%j holds no number (%s)", (raw, problem) => {
    expect(parseCellValue(raw)).toEqual({ value: null, problem });
  });
});

describe("value cells and labels", () => {
  it("figures run together are a value cell holding no number, not a label", () => {
    expect(isValueText("0 0")).toBe(true);
    expect(isValueText("1.属于国家秘密")).toBe(false);
    expect(isValueText("/")).toBe(true);
  });
});

describe("labels", () => {
  it("normalise brackets, quotes and white space", () => {
    expect(normalizeLabel("(一) 予以公开")).toBe("（一）予以公开");
    expect(normalizeLabel("3.危及\u201c三安全一稳定\u201d")).toBe("3.危及三安全一稳定");
    expect(labelCore("（三）不予公开")).toBe("不予公开");
    expect(labelCore("2.其他法律行政法规禁止公开")).toBe("其他法律行政法规禁止公开");
  });

  it("similarity forgives typos and truncation, not different rows", () => {
    expect(labelSimilarity("其他法律行政止公开", "其他法律行政法规禁止公开")).toBeGreaterThan(0.8);
    expect(labelSimilarity("部分公开", "部分公开区分处理的只计这一情形不计其他情形")).toBe(0.9);
    expect(labelSimilarity("其他", "其他法律行政法规禁止公开")).toBeLessThan(0.6);
    expect(labelSimilarity("重复申请", "信访举报投诉类申请")).toBeLessThan(0.6);
  });
});

describe("label patterns", () => {
  const finds = (label: string, text: string) => new RegExp(labelPattern(normalizeLabel(label))).test(text);

  it("find a label in every form normalizeLabel reads as it", () => {
    expect(finds("第二十条第（九）项", "依据第二十条 第(九)项")).toBe(true);
    expect(finds("本年增/减", "本年“增”/\u3000减")).toBe(true);
    expect(finds("2.其他", "２．其他")).toBe(true);
    expect(finds("2.其他", "2。其，他")).toBe(true);
    expect(finds("申请总数", "申请总量")).toBe(false);
    expect(finds("本年增/减", "本年增减")).toBe(false);
  });

  it("find exactly the texts whose normal form holds the label", () => {
    const labels = ["第二十条第（九）项", "本年增/减", "2.其他", "申诉"];
    const alphabet = ["第", "二", "十", "条", "（", "(", "九", "）", ")", "项", "本", "年", "增", "/", "减", "2", "２", ".", "．", "。", "其", "他", "申", "诉", " ", "\u3000", "“", "，", "、", "x"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: 3 + (n % 12) }, next).map((i) => alphabet[i]).join("");
      for (const label of labels) expect(finds(label, text), `${label} in ${text}`).toBe(normalizeLabel(text).includes(normalizeLabel(label)));
    }
  });
});


describe("white space", () => {
  it("isSpaceCode answers as SPACE for every UTF-16 unit", () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpaceCode(code), code.toString(16)).toBe(SPACE.test(String.fromCharCode(code)));
  });
});

describe("words told before compacting", () => {
  /** How parseCellValue told words before: by compacting the whole text first. */
  const wordsByCompacting = (raw: string) => compact(raw).length > 2 && /[^0-9０-９,，.\-万元件条项个]/.test(compact(raw));

  it("tells words as compacting did", () => {
    const alphabet = ["1", "0", "２", ",", "，", ".", "-", "万", "元", "件", "个", "/", "无", "O", "—", "申", "请", " ", "\u3000", "\u00a0", "\u200b", "\t", "\ufeff"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 30000; n++) {
      const raw = Array.from({ length: n % 9 }, next).map((i) => alphabet[i]).join("");
      expect(isWords(raw), JSON.stringify(raw)).toBe(wordsByCompacting(raw));
    }
  });
});
