import type { FastifySerializerCompiler } from "fastify";
import { serializerCompiler } from "fastify-type-provider-zod";

type ZodSerializerCompiler = typeof serializerCompiler;
type RouteSchema = Parameters<ZodSerializerCompiler>[0];

/**
 * The zod response serializer (validate, then stringify), remembering its
 * output per answer object. A cached catalog answer is the same object for
 * every request that gets it, so a cache hit skips validation and
 * stringifying entirely: that is most of what makes cached answers nearly as
 * fast as a bare `node:http` server. Safe because cached answers are never
 * mutated (see `catalog/cache/cached-catalog.ts`); entries vanish with their object.
 */
export const memoizingSerializerCompiler: FastifySerializerCompiler<RouteSchema["schema"]> = (
  routeSchema,
) => {
  const serialize = serializerCompiler(routeSchema as RouteSchema);
  const serialized = new WeakMap<object, string>();
  return (data: unknown) => {
    if (typeof data !== "object" || data === null) return serialize(data);
    let text = serialized.get(data);
    if (text === undefined) {
      text = serialize(data);
      serialized.set(data, text);
    }
    return text;
  };
};
