/**
 * Request coalescing: concurrent callers asking for the same key share one
 * call ("flight"). Each caller may still give up on its own (its signal
 * aborts): it stops waiting at once, and the shared call is aborted only
 * when nobody is waiting for it any more — so one impatient as-you-type
 * request never cancels the answer others are waiting for, and a search
 * everybody abandoned stops costing upstream calls.
 */
export class SharedFlights<T> {
  readonly #flights = new Map<string, Flight<T>>();

  /** How many calls are in flight right now (for tests and metrics). */
  get size(): number {
    return this.#flights.size;
  }

  /**
   * `start` runs only when no call for `key` is in flight; it gets a signal
   * that aborts when every waiter has given up. `onJoin` is told when this
   * caller joined a call already in flight.
   */
  run(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    callerSignal?: AbortSignal,
    onJoin?: () => void,
  ): Promise<T> {
    if (callerSignal?.aborted) return Promise.reject(callerSignal.reason);
    let flight = this.#flights.get(key);
    if (flight) {
      onJoin?.();
    } else {
      flight = this.#launch(key, start);
    }
    flight.waiters++;
    // A waiter without a signal never gives up, so the flight always finishes for it.
    if (!callerSignal) return flight.promise;
    return this.#wait(key, flight, callerSignal);
  }

  #launch(key: string, start: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController();
    const promise = (async () => start(controller.signal))().finally(() => {
      // Runs after `flight` below exists: a promise settles a microtask later at the earliest.
      if (this.#flights.get(key) === flight) this.#flights.delete(key);
    });
    const flight: Flight<T> = { promise, controller, waiters: 0 };
    // Every waiter may have gone; the rejection must not count as unhandled.
    promise.catch(() => {});
    this.#flights.set(key, flight);
    return flight;
  }

  #wait(key: string, flight: Flight<T>, signal: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        flight.waiters--;
        if (flight.waiters === 0) {
          // Nobody wants it: newcomers must start afresh, not join a call being cancelled.
          if (this.#flights.get(key) === flight) this.#flights.delete(key);
          flight.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener("abort", giveUp, { once: true });
      flight.promise.then(
        (value) => {
          signal.removeEventListener("abort", giveUp);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", giveUp);
          reject(error);
        },
      );
    });
  }
}

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}
