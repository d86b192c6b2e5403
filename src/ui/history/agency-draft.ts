/** What the agency profile form starts with. */
import type { AgencyKind } from "../../core/model/report";
import type { AgencyProfile } from "../../storage";

export interface AgencyDraft {
  fullName: string;
  /** The other names it goes by. */
  names: string[];
  kind: AgencyKind;
}

/**
 * The form for the agency of a report named `name`, with its profile if it has one and, when the user says
 * another name of the history is the same agency, that name too. A confirmed profile keeps its full name;
 * otherwise the longest name is taken for the full one (北京市东城区人民政府办公室, not 东城区政府办).
 */
export function profileDraft(name: string, profile: AgencyProfile | undefined, kind: AgencyKind, sameAs?: string): AgencyDraft {
  const known = profile ? [profile.name, ...profile.aliases] : [];
  const all = [...new Set([...known, name, ...(sameAs ? [sameAs] : [])])];
  const fullName = profile?.confirmed ? profile.name : all.reduce((longest, each) => (each.length > longest.length ? each : longest));
  return { fullName, names: all.filter((each) => each !== fullName), kind: profile?.kind ?? kind };
}
