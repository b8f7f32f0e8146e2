/** `GET /api/browse`: the home page's billboard and rows, as the contract defines them. */
export { browsePageSchema } from "@netflix-clone/contract";
