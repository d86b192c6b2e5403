/**
 * One finding per problem: a rule that finds the same problem in several places of a report (the same
 * "--" four times) reports it once, with every place in `places`, so the reviewer reads it once and the
 * page can show each place.
 */
import type { Location } from "../../model/location";
import type { FindingDraft } from "../rule";

/** Items with the same key together, in the order of each key's first item. */
export function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** A draft about the first of several places, with all of them; a single place needs no list. */
export function withPlaces(draft: FindingDraft, places: Location[]): FindingDraft {
  return places.length > 1 ? { ...draft, location: places[0], places } : draft;
}
