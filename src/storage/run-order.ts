/** The order of an entry's runs: by check time, runs of the same time as saved. The last is what the entry shows. */
export function checkOrder(a: { checkedAt: string; id: number }, b: { checkedAt: string; id: number }): number {
  return Date.parse(a.checkedAt) - Date.parse(b.checkedAt) || a.id - b.id;
}
