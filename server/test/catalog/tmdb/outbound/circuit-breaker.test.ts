import { describe, expect, it } from "vitest";
import {
  type Admission,
  type CallTicket,
  CircuitBreaker,
  type CircuitState,
} from "../../../../src/catalog/tmdb/outbound/circuit-breaker.js";

function breaker(failureThreshold = 3, cooldownMs = 1000) {
  let now = 0;
  const states: CircuitState[] = [];
  const subject = new CircuitBreaker({
    failureThreshold,
    cooldownMs,
    now: () => now,
    onStateChange: (state) => states.push(state),
  });
  return { subject, states, advance: (ms: number) => (now += ms) };
}

function ticketOf(admission: Admission): CallTicket {
  if (!admission.admitted) throw new Error("expected the call to be admitted");
  return admission.ticket;
}

describe("CircuitBreaker", () => {
  it("opens after the threshold of failed calls in a row, then fails fast with the time left", () => {
    const { subject, states, advance } = breaker(3, 1000);
    for (let i = 0; i < 3; i++) ticketOf(subject.admit()).failed();
    expect(subject.state).toBe("open");
    expect(states).toEqual(["open"]);
    advance(400);
    expect(subject.admit()).toEqual({ admitted: false, retryInMs: 600 });
  });

  it("does not open when successes break the run of failures", () => {
    const { subject } = breaker(3);
    for (let i = 0; i < 10; i++) {
      ticketOf(subject.admit()).failed();
      ticketOf(subject.admit()).failed();
      ticketOf(subject.admit()).succeeded();
    }
    expect(subject.state).toBe("closed");
  });

  it("counts neither a success nor a failure for a released call (a 429, a caller's abort)", () => {
    const { subject } = breaker(2);
    ticketOf(subject.admit()).failed();
    ticketOf(subject.admit()).released();
    ticketOf(subject.admit()).released();
    expect(subject.state).toBe("closed");
    ticketOf(subject.admit()).failed();
    expect(subject.state).toBe("open");
  });

  it("after the cool-down lets exactly one probe through; its success closes the circuit", () => {
    const { subject, states, advance } = breaker(1, 1000);
    ticketOf(subject.admit()).failed();
    advance(1000);
    const probe = ticketOf(subject.admit());
    expect(subject.state).toBe("half_open");
    expect(subject.admit().admitted).toBe(false);
    probe.succeeded();
    expect(subject.state).toBe("closed");
    expect(subject.admit().admitted).toBe(true);
    expect(states).toEqual(["open", "half_open", "closed"]);
  });

  it("opens again for a full cool-down when the probe fails", () => {
    const { subject, advance } = breaker(1, 1000);
    ticketOf(subject.admit()).failed();
    advance(1500);
    ticketOf(subject.admit()).failed();
    expect(subject.state).toBe("open");
    advance(999);
    expect(subject.admit().admitted).toBe(false);
    advance(1);
    expect(subject.admit().admitted).toBe(true);
  });

  it("frees the probe slot when the probe is released", () => {
    const { subject, advance } = breaker(1, 1000);
    ticketOf(subject.admit()).failed();
    advance(1000);
    ticketOf(subject.admit()).released();
    expect(subject.admit().admitted).toBe(true);
  });

  it("ignores a ticket reported twice, and a late success of a call admitted before opening", () => {
    const { subject } = breaker(1);
    const early = ticketOf(subject.admit());
    const failing = ticketOf(subject.admit());
    failing.failed();
    failing.failed();
    expect(subject.state).toBe("open");
    early.succeeded();
    expect(subject.state).toBe("open");
  });
});
