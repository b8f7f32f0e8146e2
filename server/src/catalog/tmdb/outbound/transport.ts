import { Agent, request } from "undici";

/**
 * One HTTP GET to TMDB over a capped keep-alive pool. No retries, no
 * interpretation of statuses: `http-client.ts` decides what an outcome means.
 */
export type AttemptOutcome =
  | { kind: "answer"; status: number; body: string; retryAfter: string | undefined }
  | { kind: "timeout" }
  | { kind: "network_error"; reason: string };

export interface Transport {
  get(
    url: URL,
    headers: Record<string, string>,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<AttemptOutcome>;
  close(): Promise<void>;
}

export interface TransportOptions {
  /** TMDB allows about 20 simultaneous connections per IP. */
  maxConnections: number;
  /** A TMDB answer larger than this is not one we asked for; details are ~100 KB. */
  maxResponseBytes?: number;
}

const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export function createTransport(options: TransportOptions): Transport {
  // `connections` caps sockets per origin; requests beyond it queue in the pool.
  const agent = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    maxResponseSize: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  });

  return {
    async get(url, headers, timeoutMs, signal) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = AbortSignal.any([signal, timeout]);
      try {
        const response = await request(url, {
          method: "GET",
          headers,
          dispatcher: agent,
          signal: combined,
        });
        const body = await response.body.text();
        const retryAfter = response.headers["retry-after"];
        return {
          kind: "answer",
          status: response.statusCode,
          body,
          retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
        };
      } catch (cause) {
        // The caller's abort is theirs to see as it is; ours (the timeout) is an outcome.
        if (signal.aborted) throw signal.reason;
        if (timeout.aborted) return { kind: "timeout" };
        return { kind: "network_error", reason: networkReason(cause) };
      }
    },
    async close() {
      await agent.close();
    },
  };
}

/**
 * `ECONNREFUSED`, `UND_ERR_SOCKET`... for the log. Never a message: some
 * quote the URL, which may carry the `api_key` credential.
 */
function networkReason(cause: unknown): string {
  if (cause && typeof cause === "object" && "code" in cause) return String(cause.code);
  return cause instanceof Error ? cause.name : "unknown";
}
