import { type FakeTmdb, startFakeTmdb } from "../../server/test/fake-tmdb/server.js";
import { type RunningApp, startApp } from "./app-server.js";

export type CatalogName = "offline" | "tmdb";

export interface CatalogApp {
  app: RunningApp;
  /** The project's fake TMDB, when the app serves the TMDB catalog. */
  tmdb?: FakeTmdb;
  stop(): Promise<void>;
}

const TMDB_TOKEN = "e2e-browse-read-token";

/**
 * The built app on the offline catalog, or on the TMDB adapter against a fake TMDB of its
 * own that accepts `tmdbToken`.
 */
export async function startCatalogApp(
  catalog: CatalogName,
  { tmdbToken = TMDB_TOKEN }: { tmdbToken?: string } = {},
): Promise<CatalogApp> {
  if (catalog === "offline") {
    const app = await startApp({ CATALOG: "offline" });
    return { app, stop: () => app.stop() };
  }
  const tmdb = await startFakeTmdb({ accessToken: tmdbToken });
  // An app that fails to start must not leave its fake TMDB listening.
  const app = await startApp({ TMDB_ACCESS_TOKEN: tmdbToken, TMDB_BASE_URL: tmdb.baseUrl }).catch(
    async (error: unknown) => {
      await tmdb.close();
      throw error;
    },
  );
  return {
    app,
    tmdb,
    async stop() {
      await app.stop();
      await tmdb.close();
    },
  };
}
