import type { Rule } from "../rule";
import { internalSum } from "../text/internal-sum";
import { metaPublishDeadline } from "../meta/publish-deadline";
import { section1Coverage } from "../section1/coverage";
import { section1GovtAssessment } from "../section1/govt-assessment";
import { section5Empty } from "../section5/empty";
import { section5ImprovementsMissing } from "../section5/improvements-missing";
import { section5ProblemsMissing } from "../section5/problems-missing";
import { section6FeeStatementIncomplete } from "../section6/fee-statement-incomplete";
import { section6FeeStatementMissing } from "../section6/fee-statement-missing";
import { section6FeeTerm } from "../section6/fee-term";
import { section6FeeVsAdminFee } from "../section6/fee-vs-admin-fee";
import { t2Enforcement } from "../text/t2-enforcement";
import { t2Normative } from "../text/t2-normative";
import { t3Answered } from "../text/t3-answered";
import { t3ChannelSum } from "../text/t3-channel-sum";
import { t3New } from "../text/t3-new";
import { t3Outcomes } from "../text/t3-outcomes";
import { t3ZeroClaim } from "../text/t3-zero-claim";
import { t4Litigation } from "../text/t4-litigation";
import { t4Review } from "../text/t4-review";
import { table3FeeRowVsSection6 } from "../table3/fee-row-vs-section6";
import { table3PartialNote } from "../table3/partial-note";
import { yearBodyMismatch } from "../year/body-mismatch";
import { yearTableHeaderYear } from "../year/table-header-year";
import { yearTitleMissing } from "../year/title-missing";

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
