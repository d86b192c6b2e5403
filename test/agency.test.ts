import { describe, expect, it } from "vitest";
import { agencyKey, agencyName, ASK_USER_SCORE, matchAgencies, SAME_AGENCY_SCORE } from "../src/core/agency";
import { parseText, seed } from "./helpers/text-edits";

/** The agency names the five seeds' titles give, as the parser reads them. */
const seedAgency = (prefix: string) => parseText(seed(prefix)).report.agency;

describe("agencyName", () => {
  it("splits places from the organ and writes abbreviations out", () => {
    expect(agencyName("北京市东城区人民政府办公室")).toEqual({ places: ["北京市", "东城区"], organ: "人民政府办公室" });
    expect(agencyName("东城区政府办")).toEqual({ places: ["东城区"], organ: "人民政府办公室" });
    expect(agencyName("市机关事务局")).toEqual({ places: ["市"], organ: "机关事务局" });
    expect(agencyName("北京市大兴区亦庄镇人民政府")).toEqual({ places: ["北京市", "大兴区", "亦庄镇"], organ: "人民政府" });
    expect(agencyName("内蒙古自治区人民政府")).toEqual({ places: ["内蒙古自治区"], organ: "人民政府" });
  });

  it("keeps organ words that look like places inside the organ", () => {
    expect(agencyName("北京市住房和城乡建设委员会")).toEqual({ places: ["北京市"], organ: "住房和城乡建设委员会" });
    expect(agencyName("北京市住房城乡建设委")).toEqual({ places: ["北京市"], organ: "住房城乡建设委员会" });
    expect(agencyName("北京市市场监督管理局")).toEqual({ places: ["北京市"], organ: "市场监督管理局" });
    expect(agencyName("市场监督管理局")).toEqual({ places: [], organ: "市场监督管理局" });
  });

  it("a place alone names its government or, for a 街道, its office", () => {
    expect(agencyName("亦庄镇")).toEqual({ places: ["亦庄镇"], organ: "人民政府" });
    expect(agencyName("朝阳门街道")).toEqual({ places: ["朝阳门街道"], organ: "办事处" });
  });
});

describe("agencyKey", () => {
  it("is shared by names written differently, and differs between agencies", () => {
    expect(agencyKey("北京市东城区人民政府办公室")).toBe(agencyKey("东城区政府办"));
    expect(agencyKey("北京市西城区信访办公室")).toBe(agencyKey("西城区信访办"));
    expect(agencyKey("东城区政府办")).not.toBe(agencyKey("西城区政府办"));
    expect(agencyKey("北京市大兴区亦庄镇人民政府")).not.toBe(agencyKey("北京市大兴区人民政府"));
    expect(agencyKey("市机关事务局")).not.toBe(agencyKey("区机关事务局"));
  });
});

describe("matchAgencies", () => {
  const verdict = (a: string, b: string) => matchAgencies(a, b).verdict;

  it("the same agency however its name is written (seed titles against their full names)", () => {
    expect(seedAgency("001")).toBe("北京市东城区人民政府办公室");
    expect(verdict(seedAgency("001"), "东城区政府办")).toBe("same");
    expect(verdict(seedAgency("002"), "西城区信访办")).toBe("same");
    expect(verdict(seedAgency("004"), "亦庄镇政府")).toBe("same");
    expect(verdict("中山市人民政府", "中山市政府")).toBe("same");
    expect(verdict("朝阳门街道办事处", "朝阳门街道")).toBe("same");
  });

  it("gives the reasons for a match", () => {
    expect(matchAgencies("北京市东城区人民政府办公室", "东城区政府办")).toEqual({
      score: 1,
      verdict: "same",
      reasons: ["省市前缀“北京市”省略", "“政府”为“人民政府”的简称", "“办”为“办公室”的简称"],
    });
  });

  it("asks the user about a likely abbreviation (words left out, an unnamed city)", () => {
    expect(seedAgency("000")).toBe("市机关事务局");
    const likely = matchAgencies(seedAgency("000"), "北京市机关事务管理局");
    expect(likely.verdict).toBe("ask");
    expect(likely.score).toBeGreaterThanOrEqual(ASK_USER_SCORE);
    expect(likely.score).toBeLessThan(SAME_AGENCY_SCORE);
    expect(likely.reasons).toEqual(["“市”未写出地名，与“北京市”相符", "“机关事务局”的字按顺序出现在“机关事务管理局”中，疑为简称"]);
    expect(verdict("市机关事务局", "市机关事务管理局")).toBe("ask");
    expect(verdict(seedAgency("003"), "北关区政数局")).toBe("ask");
    expect(verdict("北京市发展和改革委员会", "市发改委")).toBe("ask");
    expect(verdict("区政府办", "东城区政府办")).toBe("ask");
    expect(verdict("北京市机关事务管理局", "机关事务管理局")).toBe("ask");
  });

  it("a named city is surer than an unnamed one", () => {
    expect(matchAgencies("市机关事务局", "市机关事务管理局").score).toBeGreaterThan(matchAgencies("市机关事务局", "北京市机关事务管理局").score);
  });

  it("different agencies: another place, a lower or higher level, another organ", () => {
    expect(matchAgencies("东城区政府办", "西城区政府办")).toEqual({ score: 0, verdict: "different", reasons: ["地名不同：“东城区”与“西城区”"] });
    expect(verdict("北京市机关事务管理局", "上海市机关事务管理局")).toBe("different");
    expect(verdict("北京市大兴区亦庄镇人民政府", "北京市大兴区人民政府")).toBe("different");
    expect(verdict("北京市东城区人民政府办公室", "北京市人民政府办公室")).toBe("different");
    expect(verdict("北京市市场监督管理局", "北京市东城区市场监督管理局")).toBe("different");
    expect(verdict("北京市东城区人民政府办公室", "北京市东城区人民政府")).toBe("different");
    expect(verdict("北京市教育委员会", "北京市卫生健康委员会")).toBe("different");
    expect(verdict("北京市公安局", "北京市财政局")).toBe("different");
    expect(verdict(seedAgency("001"), seedAgency("002"))).toBe("different");
  });

  it("an unread agency name matches nothing", () => {
    expect(matchAgencies("", "")).toEqual({ score: 0, verdict: "different", reasons: ["机关名称未识别"] });
    expect(verdict("", "东城区政府办")).toBe("different");
  });
});
