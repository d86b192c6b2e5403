/**
 * What an entry is found and sorted by (schema versions 5 and 7): fields derived from its agency, names, year
 * and last check, kept in step with them by every write, so that the history's list, search and
 * re-check query read only the entries they show instead of every entry.
 */
import { agencyName } from "../core/agency";

/** The derived fields of an entry (db.ts's EntryRecord has them), each kept in step with the facts below. */
export interface EntryKeys {
  /** `Date.parse(lastCheckedAt)`: the list's order by check time. */
  checkedTime: number;
  /** `year ?? 0`: the list's order by year (an entry without year first), and its year filter. */
  listYear: number;
  /** The endings of the agency and the names (searchSuffixes, schema version 7): a search reads only the entries holding its words. */
  suffixes: string[];
  /** agencyMatchKey(agency): a search by agency reads only the names matchAgencies may take for it. */
  agencyMatch: string;
}

/** The facts of an entry that its keys derive from. */
interface EntryFacts {
  agency: string;
  names: string[];
  year: number | null;
  lastCheckedAt: string;
}

/**
 * Characters kept of each ending of a name in `suffixes`: a search of up to this many characters reads exactly
 * the entries that hold it; a longer search reads those holding its first SUFFIX characters, then compares.
 */
export const SUFFIX = 32;

/**
 * Each text from each of its characters on, at most SUFFIX characters: words are in a text when one of these
 * begins with them. A text within another (the agency in a file name named after it) adds none: the other's
 * begin with the same words.
 */
export function searchSuffixes(texts: string[]): string[] {
  const distinct = [...new Set(texts)];
  const suffixes = new Set<string>();
  for (const text of distinct.filter((text) => !distinct.some((other) => other !== text && other.includes(text)))) {
    for (let at = 0; at < text.length; at++) suffixes.add(text.slice(at, at + SUFFIX));
  }
  return [...suffixes];
}

function placeAndOrgan(name: string): { place: string; level: string; end: string } {
  const { places, organ } = agencyName(name);
  const place = places.at(-1) ?? "";
  return { place, level: place.at(-1) ?? "", end: organ.at(-1) ?? "" };
}

/**
 * "局|区|东城区": the last character of the agency's organ, the level and name of its lowest place ("" for
 * an entry without agency). matchAgencies takes two names for different unless their lowest places agree
 * and their organs end alike, so `agencyMatchRanges` finds every name it may take for the same.
 */
export function agencyMatchKey(agency: string): string {
  if (!agency) return "";
  const { place, level, end } = placeAndOrgan(agency);
  return `${end}|${level}|${place}`;
}

/**
 * The ranges of agencyMatchKey that hold every agency matchAgencies may not call different from `name`:
 * organs ending alike (equal, or one's characters in order within the other's with the same last
 * character), lowest places equal, one of them the bare level (区) of the other, or one name without place.
 */
export function agencyMatchRanges(name: string): [string, string][] {
  const { place, level, end } = placeAndOrgan(name);
  const exact = (key: string): [string, string] => [key, key];
  const prefix = (key: string): [string, string] => [key, `${key}\uffff`];
  if (!place) return [prefix(`${end}|`)];
  const placeless = exact(`${end}||`);
  if (place.length === 1) return [prefix(`${end}|${level}|`), placeless];
  return [exact(`${end}|${level}|${place}`), exact(`${end}|${level}|${level}`), placeless];
}

/** The derived fields of an entry with these facts (lastCheckedAt unreadable sorts as the oldest). */
export function entryKeys(entry: EntryFacts): EntryKeys {
  const time = Date.parse(entry.lastCheckedAt);
  return {
    checkedTime: Number.isNaN(time) ? 0 : time,
    listYear: entry.year ?? 0,
    suffixes: searchSuffixes([entry.agency, ...(entry.names ?? [])].filter(Boolean)),
    agencyMatch: agencyMatchKey(entry.agency ?? ""),
  };
}
