import { describe, expect, it } from "vitest";
import { agrees, chineseNumberValue, describeRange, numberValue, readQuantities } from "../../../src/core/rules/lib/figures";

describe("chineseNumberValue", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["十", 10],
    ["十三", 13],
    ["二十", 20],
    ["三十三", 33],
    ["一百", 100],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百五", 150],
    ["一千零四十四", 1044],
    ["一千二", 1200],
    ["两千", 2000],
    ["三万五千", 35000],
    ["一万零五百", 10500],
    ["二〇二三", 2023],
    ["零", 0],
  ])("%s = %d", (text, value) => {
    expect(chineseNumberValue(text)).toBe(value);
  });

  it.each(["", "三三", "十百", "百百", "万", "三件"])("%s is not a numeral", (text) => {
    expect(chineseNumberValue(text)).toBeNull();
  });
});

describe("numberValue", () => {
  it("reads Arabic digits, full-width digits, thousands separators and decimals", () => {
    expect(numberValue("33")).toBe(33);
    expect(numberValue("３３")).toBe(33);
    expect(numberValue("1,044")).toBe(1044);
    expect(numberValue("61.4")).toBe(61.4);
    expect(numberValue("三十三")).toBe(33);
  });
});

const quantities = (text: string) => readQuantities(text).map(({ value, unit, min, max }) => ({ value, unit, min, max }));

describe("readQuantities", () => {
  it("a number and its measure word, Arabic or Chinese, before or after the noun", () => {
    expect(quantities("全年办理4项依申请公开，其中线上申请2件，线下申请两件")).toEqual([
      { value: 4, unit: "项", min: 4, max: 4 },
      { value: 2, unit: "件", min: 2, max: 2 },
      { value: 2, unit: "件", min: 2, max: 2 },
    ]);
    expect(quantities("受理申请三十三件，答复３２件")).toEqual([
      { value: 33, unit: "件", min: 33, max: 33 },
      { value: 32, unit: "件", min: 32, max: 32 },
    ]);
  });

  it("the characters each quantity covers", () => {
    const text = "共受理33件";
    const [quantity] = readQuantities(text);
    expect(text.slice(quantity.start, quantity.end)).toBe("33件");
  });

  it("余 and 多 make a range up to the next step of the last written digit", () => {
    expect(quantities("政府信息70余条，行政执法处罚信息1000余条，20多件")).toEqual([
      { value: 70, unit: "条", min: 70, max: 80 },
      { value: 1000, unit: "条", min: 1000, max: 2000 },
      { value: 20, unit: "件", min: 20, max: 30 },
    ]);
  });

  it("约/左右 allow a tenth either side, 近 a tenth below, 超过/以上 anything above, 不足 anything below", () => {
    expect(quantities("约1000条")).toEqual([{ value: 1000, unit: "条", min: 900, max: 1100 }]);
    expect(quantities("100条左右")).toEqual([{ value: 100, unit: "条", min: 90, max: 110 }]);
    expect(quantities("近100条")).toEqual([{ value: 100, unit: "条", min: 90, max: 100 }]);
    expect(quantities("超过1000条")).toEqual([{ value: 1000, unit: "条", min: 1000, max: Infinity }]);
    expect(quantities("1000条以上")).toEqual([{ value: 1000, unit: "条", min: 1000, max: Infinity }]);
    expect(quantities("不足10件")).toEqual([{ value: 10, unit: "件", min: 0, max: 10 }]);
  });

  it("the approximation words belong to the quantity's characters", () => {
    const text = "发布信息约1000条左右";
    const [quantity] = readQuantities(text);
    expect(text.slice(quantity.start, quantity.end)).toBe("约1000条左右");
    expect(quantity.approximate).toBe(true);
  });

  it("万 after digits multiplies; 人次 and 元 are measures of their own", () => {
    expect(quantities("总访问量61.4万人次，收费7545万元，收取0元")).toEqual([
      { value: 614000, unit: "人次", min: 614000, max: 614000 },
      { value: 75450000, unit: "元", min: 75450000, max: 75450000 },
      { value: 0, unit: "元", min: 0, max: 0 },
    ]);
  });

  it("leaves out ordinals, years, dates, document numbers and 一 inside a word", () => {
    expect(quantities("《条例》第五十条、第二十一条规定")).toEqual([]);
    expect(quantities("2023年1月1日起至12月31日止，京兴政务公开办发〔2024〕1号")).toEqual([]);
    expect(quantities("统一件数，逐一项核对，唯一个窗口")).toEqual([]);
    expect(quantities("一是加强领导，三审三校，两手抓")).toEqual([]);
  });

  it("leaves out durations and rates measured with 个, keeps 个 counting things", () => {
    expect(quantities("在2个工作日内录入，3个月内办结，提高5个百分点")).toEqual([]);
    expect(quantities("涉及3个部门")).toEqual([{ value: 3, unit: "个", min: 3, max: 3 }]);
  });

  it("keeps a genuine 一 count", () => {
    expect(quantities("回应一项行政复议申请")).toEqual([{ value: 1, unit: "项", min: 1, max: 1 }]);
  });
});

describe("agrees and describeRange", () => {
  it("an exact figure agrees only with itself; a range with any value inside it", () => {
    const [exact] = readQuantities("33件");
    const [approximate] = readQuantities("1000余条");
    expect(agrees(exact, 33)).toBe(true);
    expect(agrees(exact, 32)).toBe(false);
    expect(agrees(approximate, 1044)).toBe(true);
    expect(agrees(approximate, 900)).toBe(false);
    expect(describeRange(exact)).toBe("33件");
    expect(describeRange(approximate)).toBe("1000至2000条");
    expect(describeRange(readQuantities("超过50件")[0])).toBe("50以上件");
  });
});
