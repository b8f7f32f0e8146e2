/** `GET /api/browse`: the home page's billboard and rows, as the contract defines them. */
export { browsePageSchema, browseRowSchema } from "@netflix-clone/contract";
