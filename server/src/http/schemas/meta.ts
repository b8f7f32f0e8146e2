/** `GET /api/meta`: which catalog serves, and the build, as the contract defines it. */
export { catalogMetaSchema } from "@netflix-clone/contract";
