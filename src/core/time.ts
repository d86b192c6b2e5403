/** ISO 8601 with the +08:00 offset the users work in: "2024-01-20T16:00:00+08:00". */
export function beijingTime(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, "+08:00");
}

/** "2024-01-20 16:00" from an ISO time with its offset ("2024-01-20T16:00:00+08:00"), in that offset. */
export function shownTime(isoTime: string): string {
  return isoTime.slice(0, 16).replace("T", " ");
}
