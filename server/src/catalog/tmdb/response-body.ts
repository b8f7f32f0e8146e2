import type { z } from "zod";
import { UpstreamBadResponseError } from "../errors.js";
import type { TmdbLogger } from "./options.js";
import { tmdbErrorBodySchema } from "./schemas.js";

/**
 * A TMDB answer's body, validated by `schema`. What TMDB sent is never
 * logged (it could be anything); a body we cannot read is a 502 to our caller.
 */
export function parseTmdbBody<T>(
  body: string,
  schema: z.ZodType<T>,
  endpoint: string,
  logger: TmdbLogger,
): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    logger.warn({ endpoint }, "TMDB sent a body that is not JSON");
    throw new UpstreamBadResponseError("The movie catalog sent a response we could not read");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // Paths and codes only: values could be anything the upstream sent.
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.code}`);
  logger.warn({ endpoint, issues }, "TMDB sent JSON of an unexpected shape");
  throw new UpstreamBadResponseError("The movie catalog sent a response we could not read");
}

/** TMDB's `status_code` from an error body, when it is the usual JSON one. */
export function tmdbStatusCode(body: string): number | undefined {
  try {
    return tmdbErrorBodySchema.safeParse(JSON.parse(body)).data?.status_code;
  } catch {
    return undefined;
  }
}
