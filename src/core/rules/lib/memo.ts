/**
 * What several rules read from one report (sentences, text pieces, bracket scans) is made once per check:
 * kept in a WeakMap with the object it was made from (the parsed report, a sentence, a piece), so that it
 * is gone with that object. No cache outlives the check it belongs to.
 */
export function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make(key)));
  return value;
}
