import type { MovieCatalog } from "../port.js";
import { chooseCredential } from "./credentials.js";
import { createGenreNames } from "./genre-names.js";
import { createTmdbHttpClient } from "./http-client.js";
import { DEFAULT_LANGUAGE, DEFAULT_TIMEOUT_MS, type TmdbCatalogOptions } from "./options.js";
import type { OutboundLimits } from "./outbound/limits.js";
import type { UpstreamObserver } from "./outbound/observer.js";
import { createTmdbCatalog } from "./tmdb-catalog.js";

export interface TmdbAdapterOptions extends Omit<TmdbCatalogOptions, "client" | "genres"> {
  limits?: OutboundLimits | undefined;
  observer?: UpstreamObserver | undefined;
}

/** The TMDB catalog with what its host needs to run it: warm-up before traffic, closing at shutdown. */
export interface TmdbAdapter {
  catalog: MovieCatalog;
  /** Loads what every answer needs (the genre names); never rejects. */
  warmUp(): Promise<void>;
  /** Closes the keep-alive connections to TMDB. */
  close(): Promise<void>;
}

export function openTmdbAdapter(options: TmdbAdapterOptions): TmdbAdapter {
  const credential = chooseCredential(options);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const client = createTmdbHttpClient({
    ...options.limits,
    baseUrl: options.baseUrl,
    credential,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: options.logger,
    observer: options.observer,
  });
  const genres = createGenreNames(client, language, options.logger);
  try {
    const catalog = createTmdbCatalog({ ...options, client, genres });
    return {
      catalog,
      warmUp: async () => {
        await genres.lookup();
      },
      close: () => client.close(),
    };
  } catch (error) {
    void client.close();
    throw error;
  }
}
