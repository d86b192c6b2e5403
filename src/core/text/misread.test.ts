import { describe, expect, it } from "vitest";
import { holdsWord, nearlyHolds, sameWords } from "./misread";

describe("labels in recognised text", () => {
  it("forgive a character changed, added or dropped, and two from eight characters up", () => {
    expect(nearlyHolds("行政改处罚", "行政处罚")).toBe(true);
    expect(nearlyHolds("行了政处罚", "行政处罚")).toBe(true);
    expect(nearlyHolds("政府信息公开行政复议、行政拆讼情况", "行政诉讼")).toBe(true);
    expect(nearlyHolds("本年度办理结果二部分公开《区分处理的只计这一情形不计其他情形", "部分公开区分处理的只计这一情形不计其他情形")).toBe(true);
    expect(nearlyHolds("（二）部分公开《区分处理的，只计这一惰形）", "部分公开（区分处理的，只计这一情形）")).toBe(true);
    expect(nearlyHolds("（二）部分公开《区分处理的，只计这一惰形》", "部分公开（区分处理的，只计这一情形）")).toBe(false);
  });

  it("forgive up to two stray characters inside a word", () => {
    expect(nearlyHolds("行政改诉诉讼", "行政诉讼")).toBe(true);
    expect(nearlyHolds("行政改诉了诉讼", "行政诉讼")).toBe(false);
  });

  it("do not take one template word for another, and words of two characters must be exact", () => {
    expect(nearlyHolds("行政复议", "行政诉讼")).toBe(false);
    expect(nearlyHolds("行政强制", "行政处罚")).toBe(false);
    expect(nearlyHolds("本年制发件数", "本年废止件数")).toBe(false);
    expect(nearlyHolds("其它", "其他")).toBe(false);
    expect(nearlyHolds("总数", "总计")).toBe(false);
  });

  it("are compared exactly when the text comes from a text layer", () => {
    expect(holdsWord("行政改处罚", "行政处罚", false)).toBe(false);
    expect(holdsWord("行政改处罚", "行政处罚", true)).toBe(true);
    expect(holdsWord("一行政处罚", "行政处罚", false)).toBe(true);
    expect(sameWords("护体情况", "总体情况", false)).toBe(false);
    expect(sameWords("护体情况", "总体情况", true)).toBe(true);
    expect(sameWords("总体情况和工作成效", "总体情况", true)).toBe(false);
  });
});
