import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/**
 * The baseline for the cached-search benchmark: a bare `node:http` server
 * answering every request with the same bytes the app answers a cached
 * search with: the same body and the same headers (security headers, request
 * id, content type; Node adds `Date`, `Connection` and `Keep-Alive` to both).
 * Whatever the app does beyond writing those bytes (routing, validation, the
 * rate limit, metrics, logs, the cache lookup) is the cost the ratio in
 * docs/benchmarks.md measures.
 *
 * Usage: node --import tsx bench/raw-http-server.ts <port> <body-file> <headers-json-file>
 */
const [port = "0", bodyFile = "", headersFile = ""] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const replayed: Record<string, string> = headersFile
  ? JSON.parse(readFileSync(headersFile, "utf8"))
  : { "content-type": "application/json; charset=utf-8" };
// Built once: the baseline does no per-request work beyond writing the answer.
const headers = { ...replayed, "content-length": String(body.length) };

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
