import type { Rule } from "../rule";
import { outdatedTemplate } from "../format/outdated-template";
import { preambleMissing } from "./preamble-missing";
import { sectionEmpty } from "./section-empty";
import { sectionMissing } from "./section-missing";
import { sectionNumberMissing } from "./section-number-missing";
import { sectionOrder } from "./section-order";
import { sectionTitleVariant } from "./section-title-variant";
import { tableAltered } from "./table-altered";
import { tableEmpty } from "./table-empty";
import { tableMissing } from "./table-missing";
import { tableUnreadable } from "./table-unreadable";
import { titleAgencyAbbrev } from "./title-agency-abbrev";
import { titleMissing } from "./title-missing";
import { titlePattern } from "./title-pattern";
import { versionDetected } from "../format/version-detected";

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
