import type { MovieCatalog } from "../../../src/catalog/port.js";
import {
  openTmdbAdapter,
  type TmdbAdapterOptions,
} from "../../../src/catalog/tmdb/open-tmdb-adapter.js";
import type { TmdbLogger } from "../../../src/catalog/tmdb/options.js";

/** Distinctive, so finding one anywhere it must not be is unambiguous. */
export const TOKEN = "test-token-DO-NOT-LEAK-7f3a9c";
export const API_KEY = "test-api-key-DO-NOT-LEAK-51be";
export const WRONG_TOKEN = "wrong-token-DO-NOT-LEAK-c0de";
export const WRONG_API_KEY = "wrong-api-key-DO-NOT-LEAK-e4d1";

export interface LogCall {
  level: "info" | "warn" | "error";
  obj: object;
  msg: string;
}

/** A logger that keeps every call, so tests can assert what was (not) logged. */
export function recordingLogger(): TmdbLogger & { calls: LogCall[]; text(): string } {
  const calls: LogCall[] = [];
  return {
    calls,
    info: (obj, msg) => calls.push({ level: "info", obj, msg }),
    warn: (obj, msg) => calls.push({ level: "warn", obj, msg }),
    error: (obj, msg) => calls.push({ level: "error", obj, msg }),
    text: () => JSON.stringify(calls),
  };
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection, got a value");
}

/** The TMDB catalog as the host opens it (default limits), for tests that only ask it things. */
export function openTmdbCatalog(options: TmdbAdapterOptions): MovieCatalog {
  return openTmdbAdapter(options).catalog;
}
