import { describe, expect, it } from "vitest";
import { TokenBucket } from "../../../../src/catalog/tmdb/outbound/token-bucket.js";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Reserves `count` slots at once and returns the waits. */
function reserveMany(bucket: TokenBucket, count: number, latest = Number.POSITIVE_INFINITY) {
  return Array.from({ length: count }, () => bucket.reserve(latest));
}

describe("TokenBucket", () => {
  it("lets a burst go at once, then spaces requests at the steady rate, in arrival order", () => {
    const time = clock();
    const bucket = new TokenBucket(40, 10, time.now);
    const waits = reserveMany(bucket, 14);
    expect(waits.slice(0, 10)).toEqual(Array(10).fill(0));
    expect(waits.slice(10)).toEqual([25, 50, 75, 100]);
  });

  it("never lets more than rate × seconds + burst through in any stretch of time", () => {
    const time = clock();
    const bucket = new TokenBucket(40, 10, time.now);
    let sent = 0;
    for (let ms = 0; ms < 10_000; ms += 5) {
      // Everyone asks every 5 ms; only those with no wait go now.
      if (bucket.reserve(time.now()) === 0) sent++;
      time.advance(5);
    }
    expect(sent).toBeLessThanOrEqual(40 * 10 + 10);
    expect(sent).toBeGreaterThanOrEqual(40 * 10);
  });

  it("refuses, reserving nothing, a slot that would come after the caller's deadline", () => {
    const time = clock();
    const bucket = new TokenBucket(10, 1, time.now);
    expect(bucket.reserve(time.now())).toBe(0);
    expect(bucket.reserve(time.now() + 50)).toBeUndefined();
    // The refused caller took nothing: the next slot is still 100 ms away.
    expect(bucket.reserve(time.now() + 1000)).toBe(100);
  });

  it("refills while idle, up to the burst only", () => {
    const time = clock();
    const bucket = new TokenBucket(10, 3, time.now);
    reserveMany(bucket, 3);
    time.advance(60_000);
    expect(reserveMany(bucket, 4)).toEqual([0, 0, 0, 100]);
  });

  it("sends nothing during a pause, then resumes at the steady rate rather than in a burst", () => {
    const time = clock();
    const bucket = new TokenBucket(10, 5, time.now);
    bucket.pause(2000);
    expect(bucket.pausedFor()).toBe(2000);
    const waits = reserveMany(bucket, 3);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[1]).toBeGreaterThanOrEqual(2100);
    expect(waits[2]).toBeGreaterThanOrEqual(2200);
    time.advance(2500);
    expect(bucket.pausedFor()).toBe(0);
  });

  it("rejects a rate or burst that is not positive", () => {
    expect(() => new TokenBucket(0, 1)).toThrow(RangeError);
    expect(() => new TokenBucket(1, 0)).toThrow(RangeError);
  });
});
