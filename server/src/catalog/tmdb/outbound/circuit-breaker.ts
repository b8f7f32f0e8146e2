/**
 * Fails fast while TMDB is down instead of making every viewer wait for a
 * timeout, and probes for recovery on its own.
 *
 * closed → (`failureThreshold` failed calls in a row) → open → (after
 * `cooldownMs`) → half-open: one probe call goes through; its success closes
 * the circuit, its failure opens it for another cool-down. Answers that prove
 * TMDB is up (2xx, 404, 400...) count as successes; a 429 or a caller's abort
 * counts as neither.
 */
export type CircuitState = "closed" | "open" | "half_open";

export interface CircuitBreakerOptions {
  failureThreshold: number;
  cooldownMs: number;
  now?: () => number;
  onStateChange?: (state: CircuitState) => void;
}

/** Permission for one call; report how it went exactly once. */
export interface CallTicket {
  succeeded(): void;
  failed(): void;
  /** The call ended without telling us anything about TMDB's health. */
  released(): void;
}

export type Admission =
  | { admitted: true; ticket: CallTicket }
  | { admitted: false; retryInMs: number };

export class CircuitBreaker {
  #state: CircuitState = "closed";
  #consecutiveFailures = 0;
  #openedAt = 0;
  #probeInFlight = false;
  readonly #now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.#now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    return this.#state;
  }

  admit(): Admission {
    if (this.#state === "open") {
      const retryInMs = this.#openedAt + this.options.cooldownMs - this.#now();
      if (retryInMs > 0) return { admitted: false, retryInMs };
      this.#moveTo("half_open");
    }
    if (this.#state === "half_open") {
      // One probe at a time; the rest fail fast until it says whether TMDB is back.
      if (this.#probeInFlight) return { admitted: false, retryInMs: this.options.cooldownMs };
      this.#probeInFlight = true;
      return { admitted: true, ticket: this.#ticket(true) };
    }
    return { admitted: true, ticket: this.#ticket(false) };
  }

  #ticket(probe: boolean): CallTicket {
    let settled = false;
    const settle = (outcome: () => void) => () => {
      if (settled) return;
      settled = true;
      if (probe) this.#probeInFlight = false;
      outcome();
    };
    return {
      succeeded: settle(() => {
        this.#consecutiveFailures = 0;
        // Calls admitted before the circuit opened may still succeed; only a probe closes it.
        if (probe || this.#state === "closed") this.#moveTo("closed");
      }),
      failed: settle(() => {
        this.#consecutiveFailures++;
        const tripped =
          probe ||
          (this.#state === "closed" && this.#consecutiveFailures >= this.options.failureThreshold);
        if (tripped) {
          this.#openedAt = this.#now();
          this.#moveTo("open");
        }
      }),
      released: settle(() => {}),
    };
  }

  #moveTo(state: CircuitState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.options.onStateChange?.(state);
  }
}
