import { setMaxListeners } from "node:events";
import type { Socket } from "node:net";
import type { FastifyReply } from "fastify";

const connectionSignals = new WeakMap<Socket, AbortSignal>();

/**
 * The signal a route hands the catalog: it fires when the client goes away
 * (its connection closes) before we answer, so an abandoned as-you-type
 * search stops waiting on the upstream, and a shared upstream call nobody
 * waits for any more is cancelled.
 *
 * One signal per connection, not per request: an `AbortController` costs more
 * than a whole cached answer, and in HTTP/1.1 "the client went away" is the
 * connection closing. Requests on a keep-alive connection come one after the
 * other, so the signal is theirs in turn; once a request is answered, its
 * listeners are gone. (The time budget lives in the cache decorator.)
 */
export function abortSignalOf(reply: FastifyReply): AbortSignal {
  const socket = reply.request.raw.socket as Socket | null;
  if (!socket) return abortedWhenClosed(reply);
  let signal = connectionSignals.get(socket);
  if (!signal) {
    const controller = new AbortController();
    socket.once("close", () => controller.abort());
    signal = controller.signal;
    // A slow call may keep its listener a little after its request was answered.
    setMaxListeners(100, signal);
    connectionSignals.set(socket, signal);
  }
  return signal;
}

/** Without a socket (never over real HTTP): aborted when the response closes unfinished. */
function abortedWhenClosed(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once("close", () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  return controller.signal;
}
