import { z } from "zod";

/** The one body every failure answers with; `message` is safe to show, never a stack or an upstream body. */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().describe('"not_found", "bad_request", "upstream_unavailable"...'),
      message: z.string(),
    }),
  })
  .meta({ id: "Error" });

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
