/**
 * Agencies in the history: which entries belong to the same agency (names written alike share an
 * agency key, matchAgencies tells which other names are the same agency, names the user confirmed as
 * one agency share a profile), the names to ask the user about, and the same agency's earlier reports
 * for the cross-year rules.
 */
import Dexie from "dexie";
import { agencyKey, matchAgencies, type AgencyMatch } from "../core/agency";
import type { AgencyKind, Report } from "../core/model/report";
import type { EarlierReport } from "../core/rules/rule";
import type { AgencyProfile, EntryRecord, HistoryDb } from "./db";
import { agencyMatchRanges } from "./entry-keys";
import { latestRun } from "./runs";
import { writing } from "./quota";

/** The profile that knows this name (as its full name or an alias), if any. */
export function profileOf(db: HistoryDb, name: string): Promise<AgencyProfile | undefined> {
  return db.agencies.where("keys").equals(agencyKey(name)).first();
}

/** A profile for an agency seen for the first time: its name and kind as read, for the user to confirm. */
export async function ensureProfile(db: HistoryDb, report: Pick<Report, "agency" | "agencyKind">): Promise<void> {
  if (!report.agency || (await profileOf(db, report.agency))) return;
  const profile = { name: report.agency, aliases: [], keys: [agencyKey(report.agency)], kind: report.agencyKind, confirmed: false };
  await db.agencies.add(profile);
}

/** Every agency profile, by name. */
export async function listAgencies(db: HistoryDb): Promise<AgencyProfile[]> {
  return (await db.agencies.toArray()).sort((a, b) => a.name.localeCompare(b.name, "zh-Hans-CN"));
}

/**
 * The agency names the history's entries carry, each once, that matchAgencies may not call different
 * from `name` (and maybe some it does): read from the agency match keys in agencyMatchRanges(name).
 */
export async function possibleAgencies(db: HistoryDb, name: string): Promise<string[]> {
  const ranges = agencyMatchRanges(name).map(([from, to]) =>
    db.entries.where("[agencyMatch+agency]").between([from, Dexie.minKey], [to, Dexie.maxKey], true, true).uniqueKeys(),
  );
  const found = await Promise.all(ranges);
  return [...new Set(found.flatMap((keys) => keys.map((key) => String((key as unknown as [string, string])[1]))))];
}

/**
 * The agency keys that stand for the same agency as `name`: its own, those of the history's names that
 * matchAgencies takes for the same agency, and, once the user confirmed it, those of its profile.
 */
export async function sameAgencyKeys(db: HistoryDb, name: string): Promise<string[]> {
  const profile = await profileOf(db, name);
  const same = (await possibleAgencies(db, name)).filter((other) => matchAgencies(name, other).verdict === "same");
  return [...new Set([agencyKey(name), ...same.map(agencyKey), ...(profile?.confirmed ? profile.keys : [])])];
}

/** The agency's kind as the user confirmed it, for the check (CheckOptions.agencyKind). */
export async function confirmedKind(db: HistoryDb, name: string): Promise<AgencyKind | undefined> {
  const profile = await profileOf(db, name);
  return profile?.confirmed && profile.kind !== "unknown" ? profile.kind : undefined;
}

/**
 * Agencies of the history that may be the same as `name` but are not known to be: names to show the
 * user with the reasons, to confirm (confirmAgency) or leave apart.
 */
export async function agencyCandidates(db: HistoryDb, name: string): Promise<{ name: string; match: AgencyMatch }[]> {
  const known = new Set(await sameAgencyKeys(db, name));
  return (await possibleAgencies(db, name))
    .filter((other) => !known.has(agencyKey(other)))
    .map((other) => ({ name: other, match: matchAgencies(name, other) }))
    .filter(({ match }) => match.verdict !== "different")
    .sort((a, b) => b.match.score - a.match.score);
}

/**
 * The user confirms that the names are one agency, under `fullName`, of kind `kind`: one confirmed
 * profile then holds every name, joining the profiles that held any of them.
 */
export function confirmAgency(db: HistoryDb, fullName: string, names: string[], kind: AgencyKind): Promise<AgencyProfile> {
  return writing(() =>
    db.transaction("rw", db.agencies, async () => {
      const all = [fullName, ...names];
      const joined = await db.agencies.where("keys").anyOf(all.map(agencyKey)).toArray();
      const aliases = [...new Set([...all, ...joined.flatMap((profile) => [profile.name, ...profile.aliases])])].filter((alias) => alias !== fullName);
      await db.agencies.bulkDelete(joined.map((profile) => profile.id));
      const profile = { name: fullName, aliases, keys: [...new Set([fullName, ...aliases].map(agencyKey))], kind, confirmed: true };
      return { ...profile, id: await db.agencies.add(profile) };
    }),
  );
}

/**
 * The same agency's reports of years before `report`'s, one per entry (its latest run), for
 * checkFile's `history`. Reports of the same year are versions, not history.
 */
export async function earlierReports(db: HistoryDb, report: Pick<Report, "agency" | "year">): Promise<EarlierReport[]> {
  const { year } = report;
  if (year === null || !report.agency) return [];
  return reportsBefore(db, await sameAgencyKeys(db, report.agency), year);
}

/**
 * The latest reports of the entries under these agency keys with a year before `year` (an entry without year has
 * none), in the agency key index's order: by key, then as added.
 */
export async function reportsBefore(db: HistoryDb, keys: string[], year: number): Promise<EarlierReport[]> {
  const ranges = [...keys].sort().map((key) => db.entries.where("[agencyKey+year]").between([key, Dexie.minKey], [key, year], true, false).toArray());
  const entries = (await Promise.all(ranges)).flatMap((ofKey) => ofKey.sort((a, b) => a.id - b.id));
  const earlier: EarlierReport[] = [];
  for (const entry of entries) {
    const { result } = await latestRun(db, entry.id);
    if (result.report && result.blocks) earlier.push({ report: result.report, blocks: result.blocks, checkedAt: result.checkedAt, file: result.file });
  }
  return earlier;
}

/** The entries under these agency keys of the year. */
export function entriesOfYear(db: HistoryDb, keys: string[], year: number): Promise<EntryRecord[]> {
  return db.entries.where("[agencyKey+year]").anyOf(keys.map((key) => [key, year])).toArray();
}
