/**
 * Every rule of the catalogue. A rule lives in the file its id names (rules/text/t3-new.ts is text/t3-new,
 * test/rule-files.test.ts checks it); adding a rule means adding its file and one line in its group here.
 */
import type { Rule } from "./rule";
import { outdatedTemplate } from "./format/outdated-template";
import { versionDetected } from "./format/version-detected";
import { metaCrossYearSimilarity } from "./meta/cross-year-similarity";
import { metaPublishDeadline } from "./meta/publish-deadline";
import { section1Coverage } from "./section1/coverage";
import { section1GovtAssessment } from "./section1/govt-assessment";
import { section5Boilerplate } from "./section5/boilerplate";
import { section5Empty } from "./section5/empty";
import { section5ImprovementsMissing } from "./section5/improvements-missing";
import { section5ProblemsMissing } from "./section5/problems-missing";
import { section6FeeStatementIncomplete } from "./section6/fee-statement-incomplete";
import { section6FeeStatementMissing } from "./section6/fee-statement-missing";
import { section6FeeTerm } from "./section6/fee-term";
import { section6FeeVsAdminFee } from "./section6/fee-vs-admin-fee";
import { preambleMissing } from "./structure/preamble-missing";
import { sectionEmpty } from "./structure/section-empty";
import { sectionMissing } from "./structure/section-missing";
import { sectionNumberMissing } from "./structure/section-number-missing";
import { sectionOrder } from "./structure/section-order";
import { sectionTitleVariant } from "./structure/section-title-variant";
import { tableAltered } from "./structure/table-altered";
import { tableEmpty } from "./structure/table-empty";
import { tableMissing } from "./structure/table-missing";
import { tableUnreadable } from "./structure/table-unreadable";
import { titleAgencyAbbrev } from "./structure/title-agency-abbrev";
import { titleMissing } from "./structure/title-missing";
import { titlePattern } from "./structure/title-pattern";
import { table2CrossYearInForce } from "./table2/cross-year-in-force";
import { table2FeeDecimal } from "./table2/fee-decimal";
import { table2InForceVsIssued } from "./table2/in-force-vs-issued";
import { table2RulesAuthority } from "./table2/rules-authority";
import { table2ValueInt } from "./table2/value-int";
import { table3Balance } from "./table3/balance";
import { table3CrossYearCarry } from "./table3/cross-year-carry";
import { table3CrossYearJump } from "./table3/cross-year-jump";
import { table3FeeRowVsSection6 } from "./table3/fee-row-vs-section6";
import { table3PartialNote } from "./table3/partial-note";
import { table3ResultsTotal } from "./table3/results-total";
import { table3RowTotal } from "./table3/row-total";
import { table3ValueInt } from "./table3/value-int";
import { table4CellCount } from "./table4/cell-count";
import { table4GroupTotal } from "./table4/group-total";
import { table4ValueInt } from "./table4/value-int";
import { internalSum } from "./text/internal-sum";
import { t2Enforcement } from "./text/t2-enforcement";
import { t2Normative } from "./text/t2-normative";
import { t3Answered } from "./text/t3-answered";
import { t3ChannelSum } from "./text/t3-channel-sum";
import { t3New } from "./text/t3-new";
import { t3Outcomes } from "./text/t3-outcomes";
import { t3ZeroClaim } from "./text/t3-zero-claim";
import { t4Litigation } from "./text/t4-litigation";
import { t4Review } from "./text/t4-review";
import { artefact } from "./typo/artefact";
import { bracketPairMismatch } from "./typo/bracket-pair-mismatch";
import { bracketUnbalanced } from "./typo/bracket-unbalanced";
import { bracketWidthMixed } from "./typo/bracket-width-mixed";
import { dash } from "./typo/dash";
import { fullwidthDigit } from "./typo/fullwidth-digit";
import { halfwidthPunctInCjk } from "./typo/halfwidth-punct-in-cjk";
import { headingPunct } from "./typo/heading-punct";
import { numberingMixed } from "./typo/numbering-mixed";
import { numberingSequence } from "./typo/numbering-sequence";
import { spaceCjkDigit } from "./typo/space-cjk-digit";
import { spaceInCjk } from "./typo/space-in-cjk";
import { term } from "./typo/term";
import { yearBodyMismatch } from "./year/body-mismatch";
import { yearTableHeaderYear } from "./year/table-header-year";
import { yearTitleMissing } from "./year/title-missing";

/** The structure and format rules: title, sections, tables, format version. */
export const STRUCTURE_RULES: Rule[] = [
  titleMissing,
  titlePattern,
  titleAgencyAbbrev,
  preambleMissing,
  sectionMissing,
  sectionOrder,
  sectionNumberMissing,
  sectionTitleVariant,
  sectionEmpty,
  tableMissing,
  tableUnreadable,
  tableAltered,
  tableEmpty,
  outdatedTemplate,
  versionDetected,
];

/** The rules on the tables' own figures. */
export const TABLE_RULES: Rule[] = [
  table2ValueInt,
  table2FeeDecimal,
  table2RulesAuthority,
  table2InForceVsIssued,
  table3ValueInt,
  table3Balance,
  table3ResultsTotal,
  table3RowTotal,
  table4ValueInt,
  table4GroupTotal,
  table4CellCount,
];

/** The rules on the text, and the text against the tables. */
export const NARRATIVE_RULES: Rule[] = [
  section1Coverage,
  section1GovtAssessment,
  t3New,
  t3Answered,
  t3ChannelSum,
  t3Outcomes,
  t3ZeroClaim,
  t4Review,
  t4Litigation,
  t2Normative,
  t2Enforcement,
  internalSum,
  table3FeeRowVsSection6,
  table3PartialNote,
  section5Empty,
  section5ProblemsMissing,
  section5ImprovementsMissing,
  section6FeeStatementMissing,
  section6FeeStatementIncomplete,
  section6FeeTerm,
  section6FeeVsAdminFee,
  yearTitleMissing,
  yearBodyMismatch,
  yearTableHeaderYear,
  metaPublishDeadline,
];

/** The typography rules, in the order of rules.md §H. */
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

/** The cross-year rules: they compare a report with the same agency's earlier reports from the history. */
export const HISTORY_RULES: Rule[] = [
  table2CrossYearInForce,
  table3CrossYearCarry,
  table3CrossYearJump,
  section5Boilerplate,
  metaCrossYearSimilarity,
];

export const RULES: Rule[] = [...STRUCTURE_RULES, ...TABLE_RULES, ...NARRATIVE_RULES, ...TYPOGRAPHY_RULES, ...HISTORY_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
