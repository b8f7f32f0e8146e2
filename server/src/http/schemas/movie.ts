/**
 * The public DTOs' response schemas. They are defined once, in the
 * `@netflix-clone/contract` workspace that the web shares; the routes take them
 * from here. One schema gives the response serializer, the compiler's check of
 * each handler's return type and the OpenAPI document.
 */
export { movieDetailsSchema, searchPageSchema } from "@netflix-clone/contract";
