import { z } from "zod";

export const watchProviderSchema = z.object({ name: z.string(), logoUrl: z.string().nullable() });
export type WatchProvider = z.infer<typeof watchProviderSchema>;

/** Availability data comes from JustWatch (via TMDB), which must be credited where shown. */
export const watchProvidersSchema = z
  .object({
    region: z.string().describe("ISO 3166-1 country the offers are for"),
    link: z
      .string()
      .nullable()
      .describe("the film's offers page (TMDB's, linking on to JustWatch)"),
    stream: z.array(watchProviderSchema),
    free: z.array(watchProviderSchema),
    rent: z.array(watchProviderSchema),
    buy: z.array(watchProviderSchema),
  })
  .describe("Availability from JustWatch (credit it where shown)")
  .meta({ id: "WatchProviders" });

export type WatchProviders = z.infer<typeof watchProvidersSchema>;
