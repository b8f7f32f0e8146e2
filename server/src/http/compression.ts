import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { Negotiator } from "@fastify/accept-negotiator";
import type { FastifyInstance } from "fastify";
import { LRUCache } from "lru-cache";

type Encoding = "br" | "gzip";

/** Below this, compressing saves less than it costs (and fits in one packet anyway). */
const MIN_BYTES = 1024;
/** Answers worth compressing: the API's JSON and the offline catalog's SVG artwork. */
const COMPRESSIBLE = /^(?:application\/json|image\/svg\+xml)/;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const compressors: Record<Encoding, (text: string) => Promise<Buffer>> = {
  // Quality 5: most of brotli's gain at a few milliseconds for the largest answer (/api/browse).
  br: (text) =>
    brotli(text, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  gzip: (text) => gzipped(text, { level: 6 }),
};

export interface CompressionOptions {
  /** Memory for compressed answers (and the texts they are keyed by). */
  maxCacheBytes: number;
}

/**
 * Brotli or gzip for JSON and SVG answers, whichever the client prefers
 * (`Accept-Encoding`); the load balancer in front of us doesn't compress.
 * Catalog answers are shared objects whose serialized text is the same
 * string each time (see `serializer.ts`), so each text is compressed once,
 * off the event loop (zlib's thread pool), and the bytes are kept in an LRU
 * keyed by the text: a cached answer costs a map lookup, not a compression.
 * Clients that don't ask for compression get the text as before.
 */
export function registerCompression(
  app: FastifyInstance,
  options: CompressionOptions = { maxCacheBytes: 16 * 1024 * 1024 },
): void {
  // Browsers send a handful of distinct Accept-Encoding values; remember each one's answer.
  const negotiator = new Negotiator<Encoding>({
    supportedValues: ["br", "gzip"],
    cache: new LRUCache<string, string>({ max: 200 }),
  });
  // One cache per encoding, keyed by the text itself: a serialized answer is the same string
  // object on every hit, so its hash is computed once (a composite key would copy the text).
  const cacheOf = (): LRUCache<string, Buffer> =>
    new LRUCache<string, Buffer>({
      maxSize: options.maxCacheBytes / 2,
      sizeCalculation: (bytes, text) => bytes.length + text.length * 2,
    });
  const compressed: Record<Encoding, LRUCache<string, Buffer>> = { br: cacheOf(), gzip: cacheOf() };

  app.addHook("onSend", (request, reply, payload, done) => {
    if (typeof payload !== "string" || payload.length < MIN_BYTES) return done(null, payload);
    const type = reply.getHeader("content-type");
    if (typeof type !== "string" || !COMPRESSIBLE.test(type)) return done(null, payload);
    // The same URL answers in different encodings: shared caches must key on the header.
    reply.header("vary", "accept-encoding");
    const accepted = request.headers["accept-encoding"];
    const encoding = accepted ? negotiator.negotiate(accepted) : null;
    if (!encoding) return done(null, payload);

    reply.header("content-encoding", encoding);
    const known = compressed[encoding].get(payload);
    if (known) return done(null, known);
    compressors[encoding](payload).then(
      (bytes) => {
        compressed[encoding].set(payload, bytes);
        done(null, bytes);
      },
      // zlib failing on a string is not expected; the plain text is still a correct answer.
      () => {
        reply.removeHeader("content-encoding");
        done(null, payload);
      },
    );
  });
}
