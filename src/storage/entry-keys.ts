/**
 * What an entry is found and sorted by (schema version 5): fields derived from its agency, names, year
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
  /** Runs of characters of the agency and the names (searchGrams); a search reads only entries holding its words. */
  grams: string[];
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

/** Pads a text's last characters in `grams`, so that a search for one or two characters finds them there too. */
const END = "\u0000";
/** Characters per gram: three, so that a pair rare in a name (山区人 of 房山区人民政府) is one gram. */
export const GRAM = 3;

/** From every character of the texts, the three characters that begin there (padded with END at a text's end). */
export function searchGrams(texts: string[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    const padded = text + END.repeat(GRAM - 1);
    for (let at = 0; at < text.length; at++) grams.add(padded.slice(at, at + GRAM));
  }
  return [...grams];
}

/** The grams of a search of GRAM characters or more: an entry holding the words holds each of them. */
export function wordGrams(words: string): string[] {
  return [...new Set(Array.from({ length: words.length - GRAM + 1 }, (_, at) => words.slice(at, at + GRAM)))];
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
    grams: searchGrams([entry.agency, ...(entry.names ?? [])].filter(Boolean)),
    agencyMatch: agencyMatchKey(entry.agency ?? ""),
  };
}
