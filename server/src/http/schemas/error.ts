import { z } from "zod";

/** The one error envelope every failure answers with. */
export const errorSchema = z
  .object({
    error: z.object({ code: z.string(), message: z.string() }),
  })
  .meta({ id: "Error" });

export const errorResponses = {
  400: errorSchema,
  404: errorSchema,
  500: errorSchema,
  502: errorSchema,
  503: errorSchema,
  504: errorSchema,
} as const;
