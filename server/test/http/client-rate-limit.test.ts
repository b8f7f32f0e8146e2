import { describe, expect, it } from "vitest";
import { ClientRateLimit } from "../../src/http/client-rate-limit.js";

/** A clock the test moves by hand, starting on a window boundary. */
function manualClock(start = 600_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** The answers to `count` requests from one client, in order. */
const take = (limiter: ClientRateLimit, key: string, count: number) =>
  Array.from({ length: count }, () => limiter.take(key));

describe("ClientRateLimit", () => {
  it("allows `limit` requests per client in a window, then refuses the rest", () => {
    const clock = manualClock();
    const limiter = new ClientRateLimit(3, 60_000, 100, clock.now);
    expect(take(limiter, "10.0.0.1", 3)).toEqual([undefined, undefined, undefined]);
    expect(take(limiter, "10.0.0.1", 2)).toEqual([60, 60]);
  });

  it("counts each client on its own", () => {
    const clock = manualClock();
    const limiter = new ClientRateLimit(1, 60_000, 100, clock.now);
    expect(limiter.take("10.0.0.1")).toBeUndefined();
    expect(limiter.take("10.0.0.1")).toBe(60);
    // One client spending its allowance leaves the next one's whole.
    expect(limiter.take("10.0.0.2")).toBeUndefined();
  });

  it("says how many seconds remain until the window resets, rounded up", () => {
    const clock = manualClock();
    const limiter = new ClientRateLimit(1, 60_000, 100, clock.now);
    limiter.take("10.0.0.1");
    clock.advance(45_500);
    // 14.5 s left: rounded up, so a client that waits as told is let through.
    expect(limiter.take("10.0.0.1")).toBe(15);
    clock.advance(14_499);
    // 1 ms left still asks for a second: Retry-After: 0 would invite a retry still refused.
    expect(limiter.take("10.0.0.1")).toBe(1);
  });

  it("gives every client its full allowance again once the window ends", () => {
    const clock = manualClock();
    const limiter = new ClientRateLimit(2, 60_000, 100, clock.now);
    expect(take(limiter, "10.0.0.1", 3)).toEqual([undefined, undefined, 60]);
    clock.advance(60_000);
    expect(take(limiter, "10.0.0.1", 3)).toEqual([undefined, undefined, 60]);
  });

  it("uses fixed windows on the clock's multiples of the window, not one per first request", () => {
    // The first request comes 40 s into a window: that window still ends 20 s later.
    const clock = manualClock(600_000 + 40_000);
    const limiter = new ClientRateLimit(1, 60_000, 100, clock.now);
    limiter.take("10.0.0.1");
    expect(limiter.take("10.0.0.1")).toBe(20);
    clock.advance(20_000);
    expect(limiter.take("10.0.0.1")).toBeUndefined();
  });

  it("stops counting new clients past maxClients in a window (fail open), so memory stays bounded", () => {
    const clock = manualClock();
    const limiter = new ClientRateLimit(1, 60_000, 2, clock.now);
    limiter.take("10.0.0.1");
    limiter.take("10.0.0.2");
    // A third client is not remembered: it is never refused, however often it asks.
    expect(take(limiter, "10.0.0.3", 3)).toEqual([undefined, undefined, undefined]);
    // The clients already counted are still limited.
    expect(limiter.take("10.0.0.1")).toBe(60);
    // A new window forgets them all, making room for the third.
    clock.advance(60_000);
    expect(take(limiter, "10.0.0.3", 2)).toEqual([undefined, 60]);
  });
});
