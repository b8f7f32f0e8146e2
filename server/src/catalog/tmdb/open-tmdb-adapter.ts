import type { MovieCatalog } from "../port.js";
import { chooseCredential } from "./credentials.js";
import { createGenreNames } from "./genre-names.js";
import { createTmdbHttpClient } from "./http-client.js";
import { DEFAULT_LANGUAGE, DEFAULT_TIMEOUT_MS, type TmdbCatalogOptions } from "./options.js";
import type { OutboundLimits } from "./outbound/limits.js";
import type { UpstreamObserver } from "./outbound/observer.js";
import { createTmdbCatalog } from "./tmdb-catalog.js";

export interface TmdbAdapterOptions extends TmdbCatalogOptions {
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

/**
 * Builds the adapter from its configuration. Throws at once, before any
 * request, when no credential is given (`CatalogNotConfiguredError`) or the
 * base URL is no http(s) URL: a bad deployment fails at start-up.
 */
export function openTmdbAdapter(options: TmdbAdapterOptions): TmdbAdapter {
  const credential = chooseCredential(options);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const client = createTmdbHttpClient({
    ...options.limits,
    baseUrl: checkedBaseUrl(options.baseUrl),
    credential,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: options.logger,
    observer: options.observer,
  });
  const genres = createGenreNames(client, language, options.logger);
  try {
    const catalog = createTmdbCatalog({
      client,
      genres,
      language,
      region: options.region,
      logger: options.logger,
    });
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

function checkedBaseUrl(baseUrl: string): string {
  const parsed = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (parsed?.protocol !== "https:" && parsed?.protocol !== "http:") {
    throw new Error("The TMDB base URL must be an http(s) URL");
  }
  return baseUrl;
}
