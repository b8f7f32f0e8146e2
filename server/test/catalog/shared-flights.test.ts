import { describe, expect, it } from "vitest";
import { SharedFlights } from "../../src/catalog/shared-flights.js";

/** A call the test finishes by hand, recording the signal it was given. */
function controllableCall<T>() {
  let finish!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const calls: AbortSignal[] = [];
  const start = (signal: AbortSignal) => {
    calls.push(signal);
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return { start, calls, finish: (value: T) => finish(value), fail: (e: unknown) => fail(e) };
}

describe("SharedFlights", () => {
  it("runs one call for concurrent callers of the same key, and tells who joined", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    let joined = 0;
    const waiting = Array.from({ length: 100 }, () =>
      flights.run("k", call.start, undefined, () => joined++),
    );
    call.finish("answer");
    expect(await Promise.all(waiting)).toEqual(Array(100).fill("answer"));
    expect(call.calls).toHaveLength(1);
    expect(joined).toBe(99);
    expect(flights.size).toBe(0);
  });

  it("keeps different keys apart and starts afresh once a call has settled", async () => {
    const flights = new SharedFlights<string>();
    let started = 0;
    const start = async () => `call ${++started}`;
    expect(await Promise.all([flights.run("a", start), flights.run("b", start)])).toEqual([
      "call 1",
      "call 2",
    ]);
    expect(await flights.run("a", start)).toBe("call 3");
  });

  it("gives every waiter the same failure", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    const failure = new Error("upstream down");
    const waiting = [flights.run("k", call.start), flights.run("k", call.start)];
    call.fail(failure);
    for (const outcome of await Promise.allSettled(waiting)) {
      expect(outcome).toEqual({ status: "rejected", reason: failure });
    }
  });

  it("lets one caller give up without cancelling the call for the others", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    const impatient = new AbortController();
    const reason = new Error("went away");
    const first = flights.run("k", call.start, impatient.signal);
    const second = flights.run("k", call.start, new AbortController().signal);
    impatient.abort(reason);
    await expect(first).rejects.toBe(reason);
    expect(call.calls[0]?.aborted).toBe(false);
    call.finish("still wanted");
    await expect(second).resolves.toBe("still wanted");
  });

  it("cancels the call when every waiter has given up, and a newcomer starts a new one", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    const a = new AbortController();
    const b = new AbortController();
    const first = flights.run("k", call.start, a.signal);
    const second = flights.run("k", call.start, b.signal);
    a.abort();
    b.abort();
    await expect(first).rejects.toThrow();
    await expect(second).rejects.toThrow();
    expect(call.calls[0]?.aborted).toBe(true);
    const third = flights.run("k", call.start);
    expect(call.calls).toHaveLength(2);
    call.finish("fresh");
    await expect(third).resolves.toBe("fresh");
  });

  it("never cancels a call one waiter waits on without a signal", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    const patient = flights.run("k", call.start);
    const impatient = new AbortController();
    const other = flights.run("k", call.start, impatient.signal);
    impatient.abort();
    await expect(other).rejects.toThrow();
    expect(call.calls[0]?.aborted).toBe(false);
    call.finish("done");
    await expect(patient).resolves.toBe("done");
  });

  it("rejects at once, starting nothing, for a caller that has already given up", async () => {
    const flights = new SharedFlights<string>();
    const call = controllableCall<string>();
    await expect(flights.run("k", call.start, AbortSignal.abort())).rejects.toThrow();
    expect(call.calls).toHaveLength(0);
  });
});
