/**
 * The built app (dist/) served from a sub-folder on 127.0.0.1, with its Content-Security-Policy, and opened
 * in Chromium, a fresh browser context for each test; after each test, no request (of the page, its workers
 * or the service worker) may have left the local server and no console error or CSP violation may have occurred.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { builtApp } from "./built-app";
import { launchChromium, openWatchedPage, requestsLeaving, type WatchedPage } from "./browser";
import { serveFolder, type StaticServer } from "./static-server";

/** The chunks of pdf.js and its worker code in dist/assets/, which only a PDF may load. */
export const PDFJS_CHUNK = /\/assets\/pdf(\.worker\.min)?-[\w-]+\.js$/;

export interface AppSession {
  /** The app's address, e.g. http://127.0.0.1:41234/nianbao/ */
  url(): string;
  /** A new browser context on the app, watched until the test ends. */
  open(): Promise<WatchedPage>;
  /** The path of every request the server has received so far, from every context, in order. */
  received(): string[];
}

/**
 * The Content-Security-Policy of the page's meta tag. Served as a header as well, it governs the check
 * worker too (a worker takes its policy from its own response, not from the page's meta tag).
 */
async function pagePolicy(dist: string): Promise<string> {
  const html = await readFile(resolve(dist, "index.html"), "utf8");
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error("dist/index.html has no Content-Security-Policy");
  return policy;
}

/**
 * `harmless`: console messages of third-party code that a test knows and accepts (each test names its own;
 * none by default).
 */
export function appSession(harmless?: RegExp): AppSession {
  let server: StaticServer;
  let browser: Browser;
  let watched: WatchedPage | null = null;

  beforeAll(async () => {
    const dist = builtApp();
    server = await serveFolder(dist, "nianbao", { "content-security-policy": await pagePolicy(dist) });
    browser = await launchChromium();
  });

  afterEach(async () => {
    if (!watched) return;
    const { context, requests, serviceWorkerRequests, problems } = watched;
    watched = null;
    await context.close();
    expect(requestsLeaving([...requests, ...serviceWorkerRequests], server.origin)).toEqual([]);
    expect(problems.filter((problem) => !harmless?.test(problem))).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    url: () => server.url,
    received: () => [...server.received],
    async open() {
      watched = await openWatchedPage(browser);
      await watched.page.goto(server.url);
      return watched;
    },
  };
}
