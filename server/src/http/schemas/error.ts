import { errorEnvelopeSchema } from "@netflix-clone/contract";

/** The one error envelope every failure answers with (defined by the contract). */
export const errorSchema = errorEnvelopeSchema;

/** The failures any `/api` route may answer with, for its OpenAPI responses. */
export const errorResponses = {
  400: errorSchema,
  404: errorSchema,
  /** The URL is over 2 KiB. */
  414: errorSchema,
  /** The per-client rate limit (with `Retry-After`). */
  429: errorSchema,
  500: errorSchema,
  502: errorSchema,
  503: errorSchema,
  504: errorSchema,
} as const;
