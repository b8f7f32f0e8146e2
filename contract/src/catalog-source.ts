import { z } from "zod";

/** Which catalog answered: TMDB, or the embedded offline one. */
export const catalogSourceSchema = z.enum(["tmdb", "offline"]);
export type CatalogSource = z.infer<typeof catalogSourceSchema>;
