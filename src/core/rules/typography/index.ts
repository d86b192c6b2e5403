import type { Rule } from "../rule";
import { artefact } from "../typo/artefact";
import { bracketPairMismatch } from "../typo/bracket-pair-mismatch";
import { bracketUnbalanced } from "../typo/bracket-unbalanced";
import { bracketWidthMixed } from "../typo/bracket-width-mixed";
import { dash } from "../typo/dash";
import { fullwidthDigit } from "../typo/fullwidth-digit";
import { halfwidthPunctInCjk } from "../typo/halfwidth-punct-in-cjk";
import { headingPunct } from "../typo/heading-punct";
import { numberingMixed } from "../typo/numbering-mixed";
import { numberingSequence } from "../typo/numbering-sequence";
import { spaceCjkDigit } from "../typo/space-cjk-digit";
import { spaceInCjk } from "../typo/space-in-cjk";
import { term } from "../typo/term";

/** In the order of rules.md §H. */
export const TYPOGRAPHY_RULES: Rule[] = [
  artefact,
  bracketPairMismatch,
  bracketUnbalanced,
  halfwidthPunctInCjk,
  bracketWidthMixed,
  spaceInCjk,
  spaceCjkDigit,
  dash,
  fullwidthDigit,
  numberingSequence,
  numberingMixed,
  headingPunct,
  term,
];
