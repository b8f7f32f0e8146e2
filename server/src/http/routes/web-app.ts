import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendError } from "../error-handler.js";
import { isApiPath, originForm } from "../request-path.js";

/** Routes the web app draws itself; a reload of any of them must land on the right view. */
const SPA_ROUTES = [
  /^\/$/,
  /^\/search\/?$/,
  /^\/movie\/[^/]+\/?$/,
  /^\/my-list\/?$/,
  /^\/about\/?$/,
];

/**
 * Serves the built web app: hashed assets cached for a year, `index.html`
 * never cached, and deep links (`/movie/603`, `/search?q=x`) answered with
 * `index.html` so the client router draws them. Unknown paths under `/api`
 * stay JSON 404s; other unknown pages get `index.html` with status 404 so the
 * web shows its own "not found" view and crawlers see the right status.
 */
export async function registerWebApp(
  app: FastifyInstance,
  distDir: string | undefined,
): Promise<void> {
  const indexFile = distDir ? join(distDir, "index.html") : undefined;
  const indexHtml = indexFile && existsSync(indexFile) ? readFileSync(indexFile) : undefined;

  if (distDir && indexHtml) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      cacheControl: false,
      // Routes for the files present at start-up only: `/` and deep links fall through to the shell.
      wildcard: false,
      // The web build writes .br and .gz copies of its text assets; send the best one accepted.
      preCompressed: true,
      setHeaders(res, path) {
        const immutable = path.includes(`${join(distDir, "assets")}`);
        res.setHeader(
          "cache-control",
          immutable ? "public, max-age=31536000, immutable" : "no-cache",
        );
        // The same URL answers brotli, gzip or plain bytes: caches must key on the encoding.
        res.setHeader("vary", "accept-encoding");
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = originForm(request.url).split("?", 1)[0] ?? "/";
    const isPage = (request.method === "GET" || request.method === "HEAD") && !isApiPath(path);
    if (!indexHtml || !isPage || /\.[a-z0-9]+$/i.test(path)) {
      return sendError(reply, 404, "not_found", `No route for ${request.method} ${path}.`);
    }
    const known = SPA_ROUTES.some((route) => route.test(path));
    return reply
      .code(known ? 200 : 404)
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(indexHtml);
  });
}
