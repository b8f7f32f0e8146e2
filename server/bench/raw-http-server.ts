import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/**
 * The baseline for the cached-search benchmark: a bare `node:http` server
 * answering every request with the same bytes the app answers a cached
 * search with. Whatever the app does beyond this (routing, validation,
 * security headers, rate limit, metrics, logs, cache lookup) is the cost the
 * ratio in docs/benchmarks.md measures.
 *
 * Usage: node --import tsx bench/raw-http-server.ts <port> <body-file> <content-type>
 */
const [port = "0", bodyFile = "", contentType = "application/json; charset=utf-8"] =
  process.argv.slice(2);
const body = readFileSync(bodyFile);

createServer((_request, response) => {
  response.writeHead(200, { "content-type": contentType, "content-length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => process.stdout.write("listening\n"));
