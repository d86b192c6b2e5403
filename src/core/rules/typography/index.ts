import type { Rule } from "../rule";
import { artefact } from "./artefact";
import { bracketPairMismatch } from "./bracket-pair-mismatch";
import { bracketUnbalanced } from "./bracket-unbalanced";
import { bracketWidthMixed } from "./bracket-width-mixed";
import { dash } from "./dash";
import { fullwidthDigit } from "./fullwidth-digit";
import { halfwidthPunctInCjk } from "./halfwidth-punct-in-cjk";
import { headingPunct } from "./heading-punct";
import { numberingMixed } from "./numbering-mixed";
import { numberingSequence } from "./numbering-sequence";
import { spaceCjkDigit } from "./space-cjk-digit";
import { spaceInCjk } from "./space-in-cjk";
import { term } from "./term";

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
