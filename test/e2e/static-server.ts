/** A tiny static server for the built app, on 127.0.0.1 only, serving a folder under a sub-path. */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".bcmap": "application/octet-stream",
  ".pfb": "application/octet-stream",
};

export interface StaticServer {
  /** The app's address, ending in the sub-path, e.g. http://127.0.0.1:41234/nianbao/ */
  url: string;
  origin: string;
  /** The path of every request the server received, in order. */
  received: string[];
  close(): Promise<void>;
}

/** The file a request path names inside root, or null when it is outside the sub-path or the root. */
function fileFor(root: string, subPath: string, requestPath: string): string | null {
  if (!requestPath.startsWith(subPath)) return null;
  const relative = decodeURIComponent(requestPath.slice(subPath.length)) || "index.html";
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}

async function readIfFile(file: string): Promise<Buffer | null> {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? readFile(file) : null;
}

/** Serves `root` at http://127.0.0.1:<free port>/<name>/, with `headers` on every file. */
export async function serveFolder(root: string, name: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const subPath = `/${name}/`;
  const received: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    received.push(path);
    const file = fileFor(normalize(root), subPath, path);
    const body = file ? await readIfFile(file) : null;
    if (!file || !body) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "content-type": type, "content-length": body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin + subPath,
    origin,
    received,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
