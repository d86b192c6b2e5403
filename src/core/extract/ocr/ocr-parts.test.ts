/** The pure parts of the OCR reader, on images drawn here: grey conversion, straightening, rules, digit shapes, TSV. */
import { describe, expect, it } from "vitest";
import { joinWords, linesFromTsv } from "./engine";
import { binarise, greyOf, inkThreshold, rotate, skewAngle, type GreyImage } from "./image";
import { framedVerticals, horizontalLines, verticalLines } from "./lines";
import { looksLikeDigits } from "./marks";

function blankImage(width: number, height: number): GreyImage {
  return { width, height, data: new Uint8Array(width * height).fill(255) };
}

function fill(image: GreyImage, x0: number, y0: number, x1: number, y1: number, value = 0): void {
  for (let y = y0; y < y1; y++) image.data.fill(value, y * image.width + x0, y * image.width + x1);
}

/** Ten lines of "text": short dark dashes on a row, as a page of print looks to a projection. */
function textPage(): GreyImage {
  const image = blankImage(400, 300);
  for (let line = 0; line < 10; line++) {
    for (let x = 20; x < 380; x += 14) fill(image, x, 20 + line * 26, x + 10, 32 + line * 26);
  }
  return image;
}

describe("greyOf", () => {
  it("keeps the red channel of colour images, so a red seal turns pale and black stays black", () => {
    const rgb = new Uint8Array([200, 30, 40, 0, 0, 0]);
    expect([...greyOf({ width: 2, height: 1, kind: 2, data: rgb }).data]).toEqual([200, 0]);
    const rgba = new Uint8Array([255, 255, 255, 255, 10, 20, 30, 255]);
    expect([...greyOf({ width: 2, height: 1, kind: 3, data: rgba }).data]).toEqual([255, 10]);
  });

  it("unpacks 1-bit rows padded to whole bytes", () => {
    const packed = new Uint8Array([0b1010_0000, 0b0100_0000]);
    expect([...greyOf({ width: 3, height: 2, kind: 1, data: packed }).data]).toEqual([255, 0, 255, 0, 255, 0]);
  });
});

describe("straightening", () => {
  it("finds no slant on a straight page", () => {
    expect(skewAngle(textPage())).toBe(0);
  });

  it("finds a half-degree slant, as the turn that rotate() takes to undo it", () => {
    const turned = rotate(textPage(), -0.5);
    const angle = skewAngle(turned);
    expect(Math.abs(angle - 0.5)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(skewAngle(rotate(turned, angle)))).toBeLessThanOrEqual(0.05);
  });
});

describe("ruling lines", () => {
  it("finds a ruled grid's lines, merges a line's thickness, and keeps only verticals framed by rules", () => {
    const image = blankImage(300, 200);
    fill(image, 10, 10, 290, 12); // top rule, 2 px thick
    fill(image, 10, 100, 290, 101);
    fill(image, 10, 189, 290, 190);
    for (const x of [10, 150, 289]) fill(image, x, 10, x + 1, 190);
    fill(image, 60, 40, 62, 70); // a character's stroke inside a cell
    const ink = binarise(image, inkThreshold(image));
    const horizontals = horizontalLines(ink, 300, 200, 60);
    expect(horizontals.map((line) => [line.at, line.from, line.to])).toEqual([[10.5, 10, 289], [100, 10, 289], [189, 10, 289]]);
    const verticals = framedVerticals(verticalLines(ink, 300, 200, 20), horizontals, 4);
    expect(verticals.map((line) => line.at)).toEqual([10, 150, 289]);
  });

  it("bridges a gap of a few pixels in a faded rule but not a gap between words", () => {
    const image = blankImage(200, 20);
    fill(image, 0, 5, 90, 6);
    fill(image, 93, 5, 200, 6);
    fill(image, 0, 15, 40, 16);
    fill(image, 60, 15, 100, 16);
    const lines = horizontalLines(binarise(image, 128), 200, 20, 50);
    expect(lines.map((line) => [line.at, line.from, line.to])).toEqual([[5, 0, 199]]);
  });
});

describe("looksLikeDigits", () => {
  it("takes tall, narrow, whole strokes as digits and a character with a dot as text", () => {
    const image = blankImage(60, 30);
    fill(image, 5, 5, 7, 25); // "1"
    fill(image, 12, 5, 22, 25); // a solid "0"-sized stroke
    const ink = binarise(image, 128);
    expect(looksLikeDigits(ink, 60, [0, 0, 30, 30])).toBe(true);
    fill(image, 40, 5, 43, 8); // a dot beside a wide stroke: like 讠
    fill(image, 38, 12, 58, 25);
    expect(looksLikeDigits(binarise(image, 128), 60, [35, 0, 60, 30])).toBe(false);
  });
});

describe("Tesseract output", () => {
  it("drops the spaces Tesseract puts between CJK characters and keeps those between Latin words", () => {
    expect(joinWords(["全", "年", "办", "理", "4", "项", "，", "网址", "www.example.cn", "and", "more"])).toBe("全年办理4项，网址www.example.cn and more");
    expect(joinWords(["〈", "四", ")", "建", "强"])).toBe("(四)建强");
  });

  it("joins the words of each line, with the line's box and its lowest confidence", () => {
    const rows = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "4\t1\t1\t1\t1\t0\t10\t10\t100\t20\t-1\t",
      "5\t1\t1\t1\t1\t1\t10\t10\t20\t20\t96.5\t本年",
      "5\t1\t1\t1\t1\t2\t40\t12\t20\t18\t71.2\t新收",
      "5\t1\t1\t1\t2\t1\t10\t40\t30\t20\t90\t12",
      "5\t1\t1\t1\t2\t2\t50\t40\t30\t20\t90\t ",
    ];
    expect(linesFromTsv(rows.join("\n"))).toEqual([
      { text: "本年新收", box: [10, 10, 60, 30], confidence: 71.2 },
      { text: "12", box: [10, 40, 40, 60], confidence: 90 },
    ]);
  });
});
