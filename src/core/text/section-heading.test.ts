import { describe, expect, it } from "vitest";
import { SECTIONS } from "../model/template";
import { LONGEST_HEADING, matchSectionHeading } from "./section-heading";

describe("section headings", () => {
  // The longest title, numbered and stopped, padded to exactly LONGEST_HEADING characters.
  const longest = SECTIONS.reduce((a, b) => (b.title.length > a.title.length ? b : a));
  const numbering = `第${"一二三四五六"[longest.number - 1]}部分、`;
  const padded = (extra: number) => `${numbering}${longest.title}${"x".repeat(LONGEST_HEADING - numbering.length - longest.title.length - 1 + extra)}。`;

  it("a heading as long as the words allow is found; one character more is not", () => {
    expect(padded(0)).toHaveLength(LONGEST_HEADING);
    expect(matchSectionHeading(padded(0))?.number).toBe(longest.number);
    expect(matchSectionHeading(padded(1))).toBeNull();
  });

  it("white space does not count towards the length", () => {
    const spaced = [...padded(0)].join(" \u3000");
    expect(spaced.length).toBeGreaterThan(2 * LONGEST_HEADING);
    expect(matchSectionHeading(spaced)?.number).toBe(longest.number);
  });
});
