import { errorEnvelopeSchema } from "@netflix-clone/contract";

/**
 * The failures any `/api` route may answer with, for its OpenAPI responses:
 * all in the one error envelope the contract defines.
 */
export const errorResponses = {
  400: errorEnvelopeSchema,
  404: errorEnvelopeSchema,
  /** The URL is over 2 KiB. */
  414: errorEnvelopeSchema,
  /** The per-client rate limit (with `Retry-After`). */
  429: errorEnvelopeSchema,
  500: errorEnvelopeSchema,
  502: errorEnvelopeSchema,
  503: errorEnvelopeSchema,
  504: errorEnvelopeSchema,
} as const;
