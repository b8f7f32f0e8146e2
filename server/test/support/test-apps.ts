import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.js";
import { loadOfflineCatalog, type OfflineCatalog } from "../../src/catalog/offline/index.js";
import { createTmdbCatalog } from "../../src/catalog/tmdb/index.js";
import { createLogger } from "../../src/logger.js";
import { type FakeTmdb, startFakeTmdb } from "../fake-tmdb/server.js";

/** Every log line the app wrote, as text, so tests can assert what was (not) logged. */
export interface CapturedLogs {
  text(): string;
  lines(): Array<Record<string, unknown>>;
}

export function captureLogs() {
  let text = "";
  const logs: CapturedLogs = {
    text: () => text,
    lines: () =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
  const logger = createLogger("debug", {
    write(chunk: string) {
      text += chunk;
    },
  });
  return { logger, logs };
}

let offline: Promise<OfflineCatalog> | undefined;

/** The real offline catalog (built by `npm run build -w server`), loaded once per test file. */
export function sharedOfflineCatalog(): Promise<OfflineCatalog> {
  offline ??= loadOfflineCatalog();
  return offline;
}

export async function buildOfflineApp(
  options: { webDistDir?: string; isDraining?: () => boolean } = {},
): Promise<{ app: FastifyInstance; logs: CapturedLogs }> {
  const catalog = await sharedOfflineCatalog();
  const { logger, logs } = captureLogs();
  const app = await buildApp({
    catalog,
    artwork: catalog,
    logger,
    webDistDir: options.webDistDir,
    lifecycle: options.isDraining ? { isDraining: options.isDraining } : undefined,
  });
  return { app, logs };
}

export interface TmdbTestApp {
  app: FastifyInstance;
  tmdb: FakeTmdb;
  logs: CapturedLogs;
  close(): Promise<void>;
}

/**
 * The app on the TMDB adapter, over real HTTP to the project's fake TMDB. The
 * fake accepts `serverToken`; pass a different `appToken` to play a
 * misconfigured deployment.
 */
export async function buildTmdbApp(options: {
  serverToken: string;
  appToken?: string;
  apiKey?: string;
  timeoutMs?: number;
}): Promise<TmdbTestApp> {
  const tmdb = await startFakeTmdb({ accessToken: options.serverToken, apiKey: options.apiKey });
  const { logger, logs } = captureLogs();
  const catalog = createTmdbCatalog({
    baseUrl: tmdb.baseUrl,
    accessToken: options.apiKey ? undefined : (options.appToken ?? options.serverToken),
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 2000,
    logger: logger.child({ component: "tmdb" }),
  });
  const app = await buildApp({ catalog, logger });
  return {
    app,
    tmdb,
    logs,
    async close() {
      await app.close();
      await tmdb.close();
    },
  };
}
