import { describe, expect, it } from "vitest";
import { matchAgencies } from "../core/agency";
import { SUFFIX, agencyMatchKey, agencyMatchRanges, entryKeys, searchSuffixes } from "./entry-keys";

/** Names as reports and searches write them: full, without the province, abbreviated, bare levels, no place, other places. */
const NAMES = [
  "北京市东城区人民政府办公室",
  "东城区人民政府办公室",
  "东城区政府办",
  "区政府办",
  "政府办",
  "人民政府办公室",
  "西城区政府办",
  "北京市西城区信访办公室",
  "西城区信访办",
  "上海市东城区人民政府办公室",
  "北京市机关事务管理局",
  "市机关事务局",
  "区机关事务局",
  "机关事务局",
  "中山市人民政府",
  "中山市政府",
  "市政府",
  "北京市大兴区亦庄镇人民政府",
  "亦庄镇政府",
  "亦庄镇",
  "朝阳门街道",
  "朝阳门街道办事处",
  "北京市住房和城乡建设委员会",
  "北京市住房城乡建设委",
  "住房城乡建设委员会",
  "北京市市场监督管理局",
  "市场监督管理局",
  "内蒙古自治区人民政府",
  "第8区人民政府办公室",
  "第18区人民政府办公室",
  "东城",
  "东城区",
  "（北京市）东城区 人民政府办公室",
];

const within = (key: string, ranges: [string, string][]) => ranges.some(([from, to]) => from <= key && key <= to);

describe("the keys a history entry is found by", () => {
  it("finds every name matchAgencies may take for the same agency, and leaves out names of other places and organs", () => {
    let pairs = 0;
    for (const name of NAMES) {
      const ranges = agencyMatchRanges(name);
      for (const other of NAMES) {
        if (matchAgencies(name, other).verdict === "different") continue;
        pairs++;
        expect(within(agencyMatchKey(other), ranges), `${name} → ${other}`).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(NAMES.length * 2);
    expect(within(agencyMatchKey("西城区政府办"), agencyMatchRanges("东城区政府办"))).toBe(false);
    expect(within(agencyMatchKey("北京市机关事务管理局"), agencyMatchRanges("东城区政府办"))).toBe(false);
    expect(within(agencyMatchKey("东城区信访办"), agencyMatchRanges("东城区政府办"))).toBe(true);
  });

  it("keys by the organ's last character and the lowest place; an entry without agency has none", () => {
    expect(agencyMatchKey("北京市东城区人民政府办公室")).toBe("室|区|东城区");
    expect(agencyMatchKey("区政府办")).toBe("室|区|区");
    expect(agencyMatchKey("机关事务局")).toBe("局||");
    expect(agencyMatchKey("")).toBe("");
    expect(agencyMatchRanges("区政府办")).toEqual([
      ["室|区|", "室|区|\uffff"],
      ["室||", "室||"],
    ]);
  });

  it("holds each text from each character on, each once, at most SUFFIX characters, none of a text within another", () => {
    expect(searchSuffixes(["东城区", "a.txt", "东城区", "城区"])).toEqual(["东城区", "城区", "区", "a.txt", ".txt", "txt", "xt", "t"]);
    expect(searchSuffixes(["西"])).toEqual(["西"]);
    expect(searchSuffixes(["北京市东城区", "东城区2023.pdf", "北京市东城区2023.pdf"])).toEqual(["北京市东城区2023.pdf", "京市东城区2023.pdf", "市东城区2023.pdf", ...searchSuffixes(["东城区2023.pdf"])]);
    expect(searchSuffixes([])).toEqual([]);
    const long = "一二三四五六七八九十".repeat(4);
    const suffixes = searchSuffixes([long]);
    expect(suffixes).toHaveLength(long.length);
    expect(suffixes[0]).toBe(long.slice(0, SUFFIX));
    expect(suffixes.at(-1)).toBe("十");
    expect(Math.max(...suffixes.map((suffix) => suffix.length))).toBe(SUFFIX);
  });

  it("derives the list's fields from the entry", () => {
    const entry = { agency: "东城区政府办", names: ["a.pdf"], year: null, lastCheckedAt: "2024-01-10T09:00:00+08:00" };
    expect(entryKeys(entry)).toEqual({
      checkedTime: Date.parse("2024-01-10T01:00:00Z"),
      listYear: 0,
      suffixes: ["东城区政府办", "城区政府办", "区政府办", "政府办", "府办", "办", "a.pdf", ".pdf", "pdf", "df", "f"],
      agencyMatch: "室|区|东城区",
    });
    expect(entryKeys({ ...entry, year: 2023, lastCheckedAt: "不是时间" })).toMatchObject({ checkedTime: 0, listYear: 2023 });
  });
});
