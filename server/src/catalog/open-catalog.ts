import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { ArtworkSource } from "../http/routes/artwork.js";
import { loadOfflineCatalog } from "./offline/index.js";
import type { MovieCatalog } from "./port.js";
import { createTmdbCatalog } from "./tmdb/index.js";

export interface OpenedCatalog {
  catalog: MovieCatalog;
  artwork?: ArtworkSource;
  /** Said in the start-up log line, so operators see at a glance what is serving. */
  description: string;
}

/** Chooses and opens the adapter the configuration asks for (`auto` was resolved already). */
export async function openCatalog(config: Config, logger: Logger): Promise<OpenedCatalog> {
  if (config.catalog === "offline") {
    const offline = await loadOfflineCatalog();
    return {
      catalog: offline,
      artwork: offline,
      description: `offline catalog (${offline.size} films)`,
    };
  }
  const credential = config.TMDB_ACCESS_TOKEN ? "read access token" : "v3 API key";
  return {
    catalog: createTmdbCatalog({
      baseUrl: config.TMDB_BASE_URL,
      accessToken: config.TMDB_ACCESS_TOKEN,
      apiKey: config.TMDB_API_KEY,
      timeoutMs: config.TMDB_TIMEOUT_MS,
      logger: logger.child({ component: "tmdb" }),
    }),
    description: `TMDB catalog at ${config.TMDB_BASE_URL} (${credential})`,
  };
}
