import type { FastifyReply } from "fastify";

/**
 * An AbortSignal that fires when the client goes away before we answer, so an
 * abandoned as-you-type request stops waiting on the upstream.
 */
export function abortSignalOf(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
