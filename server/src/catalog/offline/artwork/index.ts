/** Generated artwork for films that have none: SVG posters (2:3) and backdrops (16:9). */
export { backdropSvg } from "./backdrop.js";
export { posterSvg } from "./poster.js";

export type ArtworkKind = "poster" | "backdrop";
