import { z } from "zod";
import { catalogSourceSchema } from "./catalog-source.js";

/** `GET /api/meta`: which catalog serves (for TMDB's attribution or the offline badge), and the build. */
export const catalogMetaSchema = z.object({
  source: catalogSourceSchema.describe("which catalog answers"),
  version: z.string().describe("the git revision of this build, or 'dev'"),
});

export type CatalogMeta = z.infer<typeof catalogMetaSchema>;
