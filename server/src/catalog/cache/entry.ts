import type { CachePolicy } from "./policy.js";

/** One cached answer with the end of each of its windows (epoch milliseconds). */
export interface CacheEntry {
  value: unknown;
  freshUntil: number;
  revalidateUntil: number;
  /** After this, not even an upstream failure makes it worth serving. */
  expiresAt: number;
}

export function entryFor(value: unknown, policy: CachePolicy, now: number): CacheEntry {
  return {
    value,
    freshUntil: now + policy.freshMs,
    revalidateUntil: now + policy.staleWhileRevalidateMs,
    expiresAt: now + policy.staleIfErrorMs,
  };
}

/** The entry as stored in a shared cache: short names, it is written on every miss. */
export function serializeEntry(entry: CacheEntry): string {
  return JSON.stringify({
    v: entry.value,
    f: entry.freshUntil,
    r: entry.revalidateUntil,
    e: entry.expiresAt,
  });
}

/** Undefined for anything that is not an entry we wrote: a shared cache is read defensively. */
export function parseEntry(text: string): CacheEntry | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { v, f, r, e } = parsed as Record<string, unknown>;
  if (v === undefined || typeof f !== "number" || typeof r !== "number" || typeof e !== "number") {
    return undefined;
  }
  return { value: v, freshUntil: f, revalidateUntil: r, expiresAt: e };
}
