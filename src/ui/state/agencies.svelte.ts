/**
 * Agency profiles as the page shows them: what the user confirmed about an agency (full name, the names
 * it goes by, its kind), the names the matcher is unsure about (asked once per visit unless answered),
 * and confirming a profile, after which the reports of that agency are checked again with its kind.
 */
import type { AgencyMatch } from "../../core/agency";
import type { AgencyKind } from "../../core/model/report";
import { agencyCandidates, confirmAgency, listAgencies, profileOf, type AgencyProfile } from "../../storage";
import { filesOfAgencies, recheckFile } from "./files.svelte";
import { changed, guarded, historyDb } from "./history.svelte";

/** The kinds the user chooses from, in the report's own words. */
export const KIND_LABELS: Record<Exclude<AgencyKind, "unknown">, string> = { department: "部门", government: "政府", township: "乡镇街道" };

export function kindLabel(kind: AgencyKind): string {
  return kind === "unknown" ? "未确定" : KIND_LABELS[kind];
}

export interface AgencyQuestion {
  /** The name in the history that may be the same agency, with why the matcher thinks so. */
  name: string;
  match: AgencyMatch;
}

export interface AgencyFacts {
  profile: AgencyProfile | undefined;
  questions: AgencyQuestion[];
}

/** Pairs the user said are different agencies, during this visit. */
const answeredApart = $state<string[]>([]);

const pairKey = (name: string, other: string) => [name, other].sort().join("\u0000");

export async function agencyFacts(name: string): Promise<AgencyFacts | undefined> {
  if (!name) return undefined;
  return guarded(async () => {
    const db = historyDb();
    const candidates = await agencyCandidates(db, name);
    const questions = candidates.filter(({ name: other, match }) => match.verdict === "ask" && !answeredApart.includes(pairKey(name, other)));
    return { profile: await profileOf(db, name), questions };
  });
}

export function answerApart(name: string, other: string): void {
  answeredApart.push(pairKey(name, other));
}

export async function agencyProfiles(): Promise<AgencyProfile[]> {
  return (await guarded(() => listAgencies(historyDb()))) ?? [];
}

/** Confirms the profile, then checks the files of the agency on the page again with its kind and earlier reports. */
export async function confirmProfile(fullName: string, names: string[], kind: AgencyKind): Promise<void> {
  const profile = await guarded(() => confirmAgency(historyDb(), fullName, names, kind));
  if (!profile) return;
  changed();
  await Promise.all(filesOfAgencies([profile.name, ...profile.aliases]).map(recheckFile));
}
