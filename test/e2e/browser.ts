/** Debian's Chromium through playwright-core, with every request and console complaint recorded. */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium unless CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the pages and their workers requested (those a service worker answered included), and service workers' scripts. */
  requests: string[];
  /** Every URL service workers requested themselves (their precache, their fetches on a page's behalf). */
  serviceWorkerRequests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  problems: string[];
}

/** Reports CSP violations on the console, where the page's listener below collects them. */
function reportPolicyViolations(): void {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
}

export async function openWatchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "zh-CN" });
  const requests: string[] = [];
  const serviceWorkerRequests: string[] = [];
  const problems: string[] = [];
  context.on("request", (request) => (request.serviceWorker() ? serviceWorkerRequests : requests).push(request.url()));
  context.on("serviceworker", (worker) => requests.push(worker.url()));
  context.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await context.addInitScript(reportPolicyViolations);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(error.message));
  return { context, page, requests, serviceWorkerRequests, problems };
}

/** Requests that went anywhere but the local server (data: and blob: URLs never leave the page). */
export function requestsLeaving(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin + "/") && !/^(data|blob):/.test(url));
}
