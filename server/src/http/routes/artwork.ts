import { MOVIE_ID_SOURCE } from "@netflix-clone/contract";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NotFoundError } from "../../catalog/errors.js";

export interface ArtworkSource {
  /** SVG text, or undefined for an unknown id. */
  artwork(id: number, kind: "poster" | "backdrop"): string | undefined;
}

const fileParams = z.object({
  file: z
    .string()
    .regex(new RegExp(`^${MOVIE_ID_SOURCE}\\.svg$`), {
      error: "expected a movie id followed by .svg",
    })
    .transform((file) => Number(file.slice(0, -4))),
});

/**
 * Generated artwork for the offline catalog, which has no images. The SVG is
 * ours and escaped, and a restrictive CSP makes sure nothing in it could run
 * if someone opened it directly.
 */
export const artworkRoutes =
  (source: ArtworkSource): FastifyPluginAsyncZod =>
  async (app) => {
    for (const kind of ["poster", "backdrop"] as const) {
      app.get(
        `/api/${kind}s/:file`,
        { schema: { hide: true, params: fileParams } },
        async (request, reply) => {
          const svg = source.artwork(request.params.file, kind);
          if (svg === undefined) throw new NotFoundError(`No ${kind} for that movie.`);
          return reply
            .type("image/svg+xml; charset=utf-8")
            .header("cache-control", "public, max-age=86400")
            .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
            .send(svg);
        },
      );
    }
  };
