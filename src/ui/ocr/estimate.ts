/**
 * How long reading a scan takes, as the offer says it: measured on a busy 2-core machine (README,
 * "Performance"), rounded up, plus loading the recogniser.
 */
const SECONDS_PER_PAGE = 8;
const LOADING_SECONDS = 5;

export function ocrSeconds(pages: number): number {
  return LOADING_SECONDS + SECONDS_PER_PAGE * pages;
}
